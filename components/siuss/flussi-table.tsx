import Link from "next/link";
import type { FlussoRow, FlussoState } from "@/lib/data/siuss";
import { formatDateTime } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { ReissueButton } from "./reissue-button";

const m = t.siuss;

const TONE: Record<FlussoState, string> = {
  pending: "border-primary text-primary-darker",
  acquisito: "border-success text-[#00593b]",
  scartato: "border-danger text-danger",
  non_valido: "border-danger text-danger",
  sostituito: "border-line text-muted",
};

export function StateBadge({ state }: { state: FlussoState }) {
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONE[state]}`}
    >
      {m.states[state]}
    </span>
  );
}

/** The ambito's flussi with their state; rejected or held-back ones can be issued again. */
export function FlussiTable({ rows, canManage }: { rows: FlussoRow[]; canManage: boolean }) {
  if (rows.length === 0) return <p>{m.list.empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="siuss-flussi">
        <caption className="sr-only">{m.list.caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2">
              {m.list.idFlusso}
            </th>
            <th scope="col" className="p-2">
              {m.list.operazione}
            </th>
            <th scope="col" className="p-2">
              {m.list.richiesta}
            </th>
            <th scope="col" className="p-2">
              {m.list.aggiornato}
            </th>
            <th scope="col" className="p-2">
              {m.list.stato}
            </th>
            {canManage ? (
              <th scope="col" className="p-2">
                {m.list.azioni}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-line align-top" data-testid="siuss-flusso">
              <td className="p-2 font-mono text-sm">{r.idFlusso}</td>
              <td className="p-2">{m.operations[r.tipoOperazione]}</td>
              <td className="p-2">
                <Link href={`/richieste/${r.requestId}`} className="text-primary underline">
                  {r.protocollo ?? "—"}
                </Link>
                <span className="block text-sm text-muted">{r.misura}</span>
              </td>
              <td className="p-2 text-sm">{formatDateTime(r.aggiornatoIl)}</td>
              <td className="p-2">
                <StateBadge state={r.state} />
                {r.state === "scartato" && r.esitoDescrizione ? (
                  <p className="mt-1 text-sm">{r.esitoDescrizione}</p>
                ) : null}
                {r.state === "non_valido" && r.erroreValidazione ? (
                  <pre className="mt-1 max-w-md whitespace-pre-wrap text-xs">
                    {r.erroreValidazione}
                  </pre>
                ) : null}
              </td>
              {canManage ? (
                <td className="p-2">
                  {r.state === "scartato" || r.state === "non_valido" ? (
                    <ReissueButton id={r.id} idFlusso={r.idFlusso} />
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
