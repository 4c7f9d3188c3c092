import type { Metadata } from "next";
import { UploadForm } from "@/components/person-documents/upload-form";
import { Card } from "@/components/ui/card";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listPersonDocuments } from "@/lib/data/person-documents";
import { formatDateTime } from "@/lib/domain/format";
import { readEnv } from "@/lib/env";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";
import { DOCUMENT_TYPES, type DocumentType } from "@/lib/storage/file-checks";

// The title never carries the person's name.
export const metadata: Metadata = { title: t.personDocuments.metaTitle };

const sizeFmt = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 1 });
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${sizeFmt.format(bytes / 1024)} KB`;
  return `${sizeFmt.format(bytes / 1024 / 1024)} MB`;
}

export default async function CaseDocumentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const list = await orNotFound(listPersonDocuments(db(), actor, { caseId: id }));
  const m = t.personDocuments;
  return (
    <div className="space-y-6">
      <Card title={m.title}>
        <p className="mb-4 text-muted">{m.description}</p>
        <div className="overflow-x-auto rounded border border-line">
          <table className="w-full text-left" data-testid="documents">
            <caption className="sr-only">{m.caption}</caption>
            <thead className="bg-surface">
              <tr>
                {Object.values(m.columns).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.documents.length === 0 ? (
                <tr>
                  <td colSpan={6} className="px-3 py-6 text-center text-muted">
                    {m.empty}
                  </td>
                </tr>
              ) : (
                list.documents.map((d) => (
                  <tr key={d.id} className="border-t border-line">
                    <td className="px-3 py-2 font-semibold">{d.titolo}</td>
                    <td className="px-3 py-2 break-all">
                      <a
                        href={`/api/v1/documents/${d.id}`}
                        download={d.nomeFile}
                        className="text-primary underline"
                      >
                        {d.nomeFile}
                        <span className="sr-only"> {m.download}</span>
                      </a>
                    </td>
                    <td className="px-3 py-2">
                      {DOCUMENT_TYPES[d.tipoMime as DocumentType]?.label ?? d.tipoMime}
                    </td>
                    <td className="px-3 py-2 tabular-nums whitespace-nowrap">
                      {size(d.dimensione)}
                    </td>
                    <td className="px-3 py-2">{d.caseId ? m.thisCase : m.general}</td>
                    <td className="px-3 py-2">
                      {m.uploadedBy(formatDateTime(d.caricatoIl), d.caricatoDa)}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </Card>
      {list.canUpload ? (
        <Card title={m.form.title}>
          <UploadForm personId={list.personId} caseId={id} maxMb={readEnv().DOCUMENTS_MAX_MB} />
        </Card>
      ) : null}
    </div>
  );
}
