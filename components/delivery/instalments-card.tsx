import { Card, DataList } from "@/components/ui/card";
import type { InstalmentList } from "@/lib/data/delivery";
import { formatDate, formatEuro } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { TOTALS_ID } from "./ids";
import { PaymentForm } from "./payment-form";

const hoursFmt = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 2 });

/** The payment schedule of a benefit, with the liquidazioni and, for who may pay, their forms. */
export function InstalmentsCard({ requestId, data }: { requestId: string; data: InstalmentList }) {
  const m = t.delivery;
  const withHours = data.rows.some((r) => r.ore !== null);
  return (
    <Card title={m.title}>
      {data.rows.length === 0 ? (
        <p className="text-muted">{m.empty}</p>
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-muted">
            {m.intro}
            {withHours ? ` ${m.introHours}` : null}
            {data.dataInizio && data.dataFine
              ? ` ${m.period(formatDate(data.dataInizio), formatDate(data.dataFine))}`
              : null}
          </p>
          {/* Width 0, at least the card's: a wide table scrolls inside the card, never widens
              the page; the scrolling region takes the focus so the keyboard can scroll it. */}
          <section
            aria-label={m.caption}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
            className="w-0 min-w-full overflow-x-auto rounded border border-line focus-visible:outline-2 focus-visible:outline-primary"
          >
            <table className="w-full text-left" data-testid="instalments">
              <caption className="sr-only">{m.caption}</caption>
              <thead className="bg-surface">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {m.columns.n}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {m.columns.month}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {m.columns.amount}
                  </th>
                  {withHours ? (
                    <th scope="col" className="px-3 py-2 text-right">
                      {m.columns.hours}
                    </th>
                  ) : null}
                  <th scope="col" className="px-3 py-2">
                    {m.columns.paidOn}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {m.columns.reference}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => {
                  const month = m.month(r.competenza);
                  return (
                    <tr
                      key={r.id}
                      className="border-t border-line align-top"
                      data-testid={`instalment-${r.progressivo}`}
                      data-paid={r.liquidataIl ? "true" : "false"}
                    >
                      <td className="px-3 py-2 tabular-nums">{r.progressivo}</td>
                      <td className="px-3 py-2 whitespace-nowrap">{month}</td>
                      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                        {formatEuro(r.importo)}
                      </td>
                      {withHours ? (
                        <td className="px-3 py-2 text-right tabular-nums">
                          {r.ore === null ? t.common.missing : hoursFmt.format(Number(r.ore))}
                        </td>
                      ) : null}
                      <td className="px-3 py-2 whitespace-nowrap">
                        {r.liquidataIl ? (
                          <>
                            {formatDate(r.liquidataIl)}
                            {r.liquidataDa ? (
                              <span className="block text-sm text-muted">
                                {m.paidBy(r.liquidataDa)}
                              </span>
                            ) : null}
                          </>
                        ) : (
                          <span className="text-muted">{m.unpaid}</span>
                        )}
                      </td>
                      <td className="px-3 py-2">
                        {r.liquidataIl ? (
                          <span className="break-words">{r.riferimento}</span>
                        ) : data.canPay ? (
                          <PaymentForm
                            requestId={requestId}
                            instalmentId={r.id}
                            n={r.progressivo}
                            month={month}
                          />
                        ) : (
                          t.common.missing
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <div
            id={TOTALS_ID}
            tabIndex={-1}
            aria-live="polite"
            className="rounded px-2 py-1 focus-visible:outline-2 focus-visible:outline-primary"
            data-testid="instalment-totals"
          >
            <DataList
              items={[
                [m.totals.scheduled, formatEuro(data.totals.scheduled)],
                [m.totals.paid, formatEuro(data.totals.paid)],
                [m.totals.remaining, formatEuro(data.totals.remaining)],
              ]}
            />
          </div>
        </div>
      )}
    </Card>
  );
}
