import Link from "next/link";
import { t } from "@/lib/i18n";

export type RankingTableRow = {
  posizione: number;
  protocollo: string;
  punteggio: string;
  esito: "finanziata" | "in_attesa" | "non_finanziata";
  requestId?: string;
};

/** Position, protocol, score and outcome: what a graduatoria may show, nothing personal. */
export function RankingTable({ rows }: { rows: RankingTableRow[] }) {
  const s = t.ranking;
  if (rows.length === 0) return <p className="text-muted">{s.empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="ranking-table">
        <caption className="sr-only">{s.caption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-3 text-right">
              {s.columns.position}
            </th>
            <th scope="col" className="py-2 pr-3">
              {s.columns.protocol}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {s.columns.score}
            </th>
            <th scope="col" className="py-2">
              {s.columns.outcome}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.posizione} className="border-b border-line" data-outcome={r.esito}>
              <td className="py-2 pr-3 text-right tabular-nums">{r.posizione}</td>
              <td className="py-2 pr-3 tabular-nums">
                {r.requestId ? (
                  <Link href={`/richieste/${r.requestId}`} className="text-primary underline">
                    {r.protocollo}
                  </Link>
                ) : (
                  r.protocollo
                )}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{r.punteggio.replace(".", ",")}</td>
              <td className="py-2">{s.outcomes[r.esito]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
