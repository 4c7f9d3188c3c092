import type { Metadata } from "next";
import Link from "next/link";
import { TemplateEditor } from "@/components/document-templates/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getDocumentTemplate, isDocumentKind } from "@/lib/data/document-templates";
import { DEFAULT_TEMPLATES, DOCUMENT_KIND_LABELS } from "@/lib/domain/decision-documents";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

const m = t.documents.templates;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ tipo: string }>;
}): Promise<Metadata> {
  const { tipo } = await params;
  return { title: isDocumentKind(tipo) ? m.editTitle(DOCUMENT_KIND_LABELS[tipo]) : m.title };
}

export default async function ModelloPage({ params }: { params: Promise<{ tipo: string }> }) {
  const { tipo } = await params;
  const actor = await requireActor();
  const tpl = await orNotFound(getDocumentTemplate(db(), actor, tipo));
  return (
    <>
      <p className="mb-2">
        <Link href="/modelli" className="text-primary underline">
          {m.back}
        </Link>
      </p>
      <PageHeader title={m.editTitle(tpl.etichetta)} description={m.editDescription} />
      <TemplateEditor
        kind={tpl.tipo}
        initial={{ oggetto: tpl.oggetto, corpo: tpl.corpo }}
        standard={DEFAULT_TEMPLATES[tpl.tipo]}
      />
    </>
  );
}
