import type { AdminDocument } from "@/lib/data/portal-admin";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { documentPath } from "@/lib/portal/routes";
import { WithdrawButton } from "./withdraw-button";

const m = t.portalAdmin.documents;

export function DocumentsTable({ documents }: { documents: AdminDocument[] }) {
  if (!documents.length) return <p>{m.empty}</p>;
  return (
    <table className="w-full border-collapse text-left" data-testid="admin-documents">
      <caption className="sr-only">{m.list}</caption>
      <thead>
        <tr className="border-b-2 border-line">
          <th scope="col" className="py-2 pr-4">
            {m.colTitle}
          </th>
          <th scope="col" className="py-2 pr-4">
            {m.colDate}
          </th>
          <th scope="col" className="py-2 pr-4">
            {m.colUploaded}
          </th>
          <th scope="col" className="py-2 pr-4">
            {m.colState}
          </th>
          <th scope="col" className="py-2">
            <span className="sr-only">{m.withdrawal.remove}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id} className="border-b border-line">
            <td className="py-2 pr-4">
              {d.ritiratoIl ? (
                d.titolo
              ) : (
                <a href={documentPath(d.id)} className="text-primary underline">
                  {d.titolo}
                </a>
              )}
            </td>
            <td className="py-2 pr-4">{formatDate(d.dataAtto)}</td>
            <td className="py-2 pr-4">{formatDate(d.caricatoIl)}</td>
            <td className="py-2 pr-4">
              {d.ritiratoIl ? m.withdrawn(formatDate(d.ritiratoIl)) : m.published}
            </td>
            <td className="py-2">
              {d.ritiratoIl ? null : <WithdrawButton id={d.id} title={d.titolo} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
