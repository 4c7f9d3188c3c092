import Link from "next/link";
import { Card } from "@/components/ui/card";
import { REQUEST_STATUSES, type RequestStatus, STATUS_LABELS } from "@/lib/domain/request-workflow";
import { t } from "@/lib/i18n";

/** The requests by status: the desk's overview below the day's tasks. */
export function StatusSummary({ counts }: { counts: Partial<Record<RequestStatus, number>> }) {
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const pending = (counts.presentata ?? 0) + (counts.in_istruttoria ?? 0);
  return (
    <section aria-labelledby="riepilogo-titolo" className="mt-10">
      <h2 id="riepilogo-titolo" className="mb-4 text-2xl font-bold text-primary-darker">
        {t.desk.summaryHeading}
      </h2>
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <Card title={t.desk.total} headingLevel={3}>
          <p className="text-4xl font-bold" data-testid="count-total">
            {total}
          </p>
        </Card>
        <Card title={t.desk.pending} headingLevel={3}>
          <p className="text-4xl font-bold" data-testid="count-pending">
            {pending}
          </p>
          <Link className="text-primary underline" href="/richieste?stato=presentata">
            {t.desk.seeFiled}
          </Link>
        </Card>
        <Card title={t.desk.inPayment} headingLevel={3}>
          <p className="text-4xl font-bold">{counts.in_erogazione ?? 0}</p>
        </Card>
      </div>
      <Card title={t.desk.byStatus} headingLevel={3}>
        <table className="w-full max-w-xl text-left" data-testid="status-counts">
          <caption className="sr-only">{t.desk.byStatusCaption}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2">
                {t.desk.statusColumn}
              </th>
              <th scope="col" className="py-2 text-right">
                {t.desk.countColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {REQUEST_STATUSES.filter((s) => counts[s]).map((s) => (
              <tr key={s} className="border-b border-line/60">
                <td className="py-2">
                  <Link className="text-primary underline" href={`/richieste?stato=${s}`}>
                    {STATUS_LABELS[s]}
                  </Link>
                </td>
                <td className="py-2 text-right tabular-nums">{counts[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </section>
  );
}
