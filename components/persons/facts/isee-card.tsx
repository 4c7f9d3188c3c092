import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { IseeAttestationView } from "@/lib/data/person-facts";
import { ISEE_KIND_LABELS } from "@/lib/domain/eligibility";
import { formatDate, formatEuro } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { IseeForm } from "./isee-form";

const m = t.personFacts.isee;

type State = keyof typeof m.state;

const TONE: Record<State, string> = {
  current: "bg-[#e6f4ee] text-[#005c3d] border-success",
  superseded: "bg-surface text-ink border-line",
  expired: "bg-[#fbeaec] text-[#8f1f33] border-danger",
};

function stateOf(a: IseeAttestationView): State {
  return a.expired ? "expired" : a.current ? "current" : "superseded";
}

const scaleFmt = new Intl.NumberFormat("it-IT", { minimumFractionDigits: 2 });

/** The person's ISEE attestations, newest first; the state is written out, not only coloured. */
export function IseeCard({
  personId,
  rows,
  canWrite,
}: {
  personId: string;
  rows: IseeAttestationView[];
  canWrite: boolean;
}) {
  const c = m.columns;
  return (
    <Card title={m.title} headingLevel={3}>
      {rows.length === 0 ? (
        <p className="text-muted">{m.none}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-line">
          <table className="w-full text-left" data-testid="isee-table">
            <caption className="sr-only">{m.caption}</caption>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {c.kind}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {c.value}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {c.ise}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {c.scale}
                </th>
                <th scope="col" className="px-3 py-2">
                  {c.protocol}
                </th>
                <th scope="col" className="px-3 py-2">
                  {c.filedOn}
                </th>
                <th scope="col" className="px-3 py-2">
                  {c.expiresOn}
                </th>
                <th scope="col" className="px-3 py-2">
                  {c.state}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const state = stateOf(a);
                return (
                  <tr
                    key={a.id}
                    className="border-t border-line align-top"
                    data-testid="isee-row"
                    data-state={state}
                  >
                    <th scope="row" className="px-3 py-2 font-semibold">
                      {m.kind(ISEE_KIND_LABELS[a.tipo])}
                    </th>
                    <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                      {formatEuro(a.valore)}
                    </td>
                    <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                      {formatEuro(a.ise)}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {a.scalaEquivalenza === null
                        ? t.common.missing
                        : scaleFmt.format(Number(a.scalaEquivalenza))}
                    </td>
                    <td className="px-3 py-2 font-mono text-sm break-all">{a.protocolloDsu}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {formatDate(a.dataPresentazione)}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDate(a.scadenza)}</td>
                    <td className="px-3 py-2">
                      <span
                        className={cn(
                          "inline-block rounded border px-2 py-0.5 text-sm font-semibold",
                          TONE[state],
                        )}
                      >
                        {m.state[state]}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canWrite ? <IseeForm personId={personId} /> : null}
    </Card>
  );
}
