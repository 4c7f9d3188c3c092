import type { ScoreLine } from "@/lib/domain/scoring";
import { applications } from "@/lib/i18n/it/applications";

const t = { applications };

function points(n: number): string {
  return String(Math.round(n * 100) / 100).replace(".", ",");
}

/** The score of an application, one line per scoring rule, and the total. */
export function ScoreTable({ lines, total }: { lines: ScoreLine[]; total: number }) {
  const s = t.applications.score;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="score-lines">
        <caption className="sr-only">{s.caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">
              {s.rule}
            </th>
            <th scope="col" className="py-2 pr-3">
              {s.found}
            </th>
            <th scope="col" className="py-2 text-right">
              {s.points}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id and never reorder
            <tr key={i} className="border-b border-line align-top">
              <td className="py-2 pr-3">{l.rule}</td>
              <td className="py-2 pr-3">{l.found}</td>
              <td className="py-2 text-right tabular-nums">{points(l.points)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2} className="py-2 pr-3 text-right">
              {s.total}
            </th>
            <td className="py-2 text-right font-bold tabular-nums" data-testid="score-total">
              {points(total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
