import { Card } from "@/components/ui/card";
import type { RequestDocumentRow } from "@/lib/data/request-documents";
import { formatDateTime } from "@/lib/domain/format";
import { t } from "@/lib/i18n";

const m = t.documents.request;

/** The decision documents issued for a request, each as a PDF and as a printable page. */
export function RequestDocuments({
  requestId,
  documents,
}: {
  requestId: string;
  documents: RequestDocumentRow[];
}) {
  return (
    <Card title={m.title}>
      {documents.length === 0 ? (
        <p className="text-muted">{m.empty}</p>
      ) : (
        <ul className="divide-y divide-line" data-testid="request-documents">
          {documents.map((d) => {
            const href = `/api/v1/requests/${requestId}/documents/${d.id}`;
            const when = formatDateTime(d.creatoIl);
            return (
              <li key={d.id} className="py-3 first:pt-0 last:pb-0">
                <p className="font-semibold">{d.etichetta}</p>
                <p className="text-sm text-muted">{m.issuedOn(when)}</p>
                <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  <a href={href} className="font-semibold text-primary underline">
                    {m.downloadPdf}
                    <span className="sr-only">{m.linkTarget(d.etichetta, when)}</span>
                  </a>
                  <a href={`${href}?format=html`} className="font-semibold text-primary underline">
                    {m.printable}
                    <span className="sr-only">{m.linkTarget(d.etichetta, when)}</span>
                  </a>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
