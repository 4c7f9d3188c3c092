import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listDocumentTemplates } from "@/lib/data/document-templates";
import { formatDateTime } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

const m = t.documents.templates;

export const metadata: Metadata = { title: m.title };

export default async function ModelliPage() {
  const actor = await requireActor();
  const templates = await orNotFound(listDocumentTemplates(db(), actor));
  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <ul className="grid gap-4 md:grid-cols-2">
        {templates.map((tpl) => (
          <li
            key={tpl.tipo}
            className="flex flex-col rounded border border-line bg-white p-5 shadow-sm"
            data-testid={`template-${tpl.tipo}`}
          >
            <h2 className="text-xl font-bold text-primary-darker">{tpl.etichetta}</h2>
            <p className="mt-1 text-sm text-muted">
              {tpl.personalizzato && tpl.aggiornatoIl
                ? `${m.customised} · ${m.updatedOn(formatDateTime(tpl.aggiornatoIl), tpl.aggiornatoDa)}`
                : m.standard}
            </p>
            <p className="mt-3 grow break-words">
              <span className="font-semibold">{m.fields.oggetto}: </span>
              {tpl.oggetto}
            </p>
            <Link
              href={`/modelli/${tpl.tipo}`}
              className="mt-4 self-start font-semibold text-primary underline"
            >
              {m.edit}
              <span className="sr-only">: {tpl.etichetta}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
