import { AREA_LABELS, type Area } from "@/lib/domain/areas";
import type { BudgetTotals } from "@/lib/domain/bando-amounts";
import { formatEuro } from "@/lib/domain/format";
import { t } from "@/lib/i18n";

const f = t.bandi.fields;

type Row = BudgetTotals & { key: string; label: string };

function MoneyTable({
  caption,
  first,
  rows,
  total,
  testId,
}: {
  caption: string;
  first: string;
  rows: Row[];
  total?: BudgetTotals;
  testId: string;
}) {
  const cells = (r: BudgetTotals) =>
    (["stanziato", "impegnato", "pagato", "disponibile"] as const).map((k) => (
      <td key={k} className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
        {formatEuro(r[k])}
      </td>
    ));
  return (
    <div className="overflow-x-auto rounded border border-line">
      <table className="w-full border-collapse text-left" data-testid={testId}>
        <caption className="bg-surface px-3 py-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className="border-b border-line px-3 py-2">
              {first}
            </th>
            {[f.stanziato, f.impegnato, f.pagato, f.disponibile].map((h) => (
              <th key={h} scope="col" className="border-b border-line px-3 py-2 text-right">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-line/60">
              <th scope="row" className="px-3 py-2 font-normal">
                {r.label}
              </th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className="px-3 py-2">
                {t.bandi.detail.total}
              </th>
              {cells(total)}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

type Line = BudgetTotals & { id: string; comune: string | null; area: Area | null };

/** The bando's money: per budget line with the total, then per comune and per area. */
export function BandoBudget({
  budget,
  totali,
  perComune,
  perArea,
}: {
  budget: Line[];
  totali: BudgetTotals;
  perComune: (BudgetTotals & { comune: string | null })[];
  perArea: (BudgetTotals & { area: Area | null })[];
}) {
  const d = t.bandi.detail;
  const form = t.bandi.form.budget;
  return (
    <div className="space-y-4">
      <MoneyTable
        caption={d.budgetLines}
        first={`${f.comune} · ${f.area}`}
        testId="budget-table"
        rows={budget.map((l) => ({
          ...l,
          key: l.id,
          label: `${l.comune ?? form.allComuni} · ${l.area ? AREA_LABELS[l.area] : form.allAree}`,
        }))}
        total={totali}
      />
      <div className="grid gap-4 xl:grid-cols-2">
        <MoneyTable
          caption={d.perComune}
          first={f.comune}
          testId="budget-per-comune"
          rows={perComune.map((c) => ({
            ...c,
            key: c.comune ?? "*",
            label: c.comune ?? d.general,
          }))}
        />
        <MoneyTable
          caption={d.perArea}
          first={f.area}
          testId="budget-per-area"
          rows={perArea.map((a) => ({
            ...a,
            key: a.area ?? "*",
            label: a.area ? AREA_LABELS[a.area] : d.general,
          }))}
        />
      </div>
    </div>
  );
}
