import Link from "next/link";
import { DataList } from "@/components/ui/card";
import type { TransferView } from "@/lib/data/transfers";
import { AREA_LABELS } from "@/lib/domain/areas";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import { t } from "@/lib/i18n";
import { TransferDecision } from "./transfer-decision";

const f = t.transfers.fields;

/** Incoming or outgoing transfers, each as a card; the waiting ones with their decision. */
export function TransferList({
  id,
  title,
  empty,
  rows,
  direction,
}: {
  id: string;
  title: string;
  empty: string;
  rows: TransferView[];
  direction: "in" | "out";
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-2xl font-bold text-primary-darker">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="space-y-4" data-testid={`transfers-${direction}`}>
          {rows.map((r) => (
            <li
              key={r.id}
              className="rounded border border-line bg-white p-5 shadow-sm"
              data-testid="transfer"
              data-status={r.stato}
            >
              <h3 className="mb-2 text-lg font-bold">
                {r.person ? `${r.person.cognome} ${r.person.nome}` : t.transfers.personHidden}
              </h3>
              <DataList items={items(r)} />
              {r.stato === "in_attesa" ? (
                <TransferDecision transferId={r.id} direction={direction} />
              ) : null}
              {direction === "in" && r.stato === "accettato" ? (
                <Link
                  href={`/persone/${r.personId}`}
                  className="mt-3 inline-block font-semibold text-primary underline"
                >
                  {t.transfers.openPerson}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function items(r: TransferView): [string, React.ReactNode][] {
  const out: [string, React.ReactNode][] = [[f.stato, t.transfers.status[r.stato]]];
  if (r.person) out.push([f.nataIl, formatDate(r.person.dataNascita)]);
  out.push([f.da, r.daComune], [f.a, r.aComune]);
  if (r.stato === "in_attesa")
    out.push([
      f.aree,
      r.aree.length ? r.aree.map((a) => AREA_LABELS[a]).join(", ") : t.transfers.noAreas,
    ]);
  out.push([f.motivo, r.motivo]);
  if (r.nuovoIndirizzo) out.push([f.nuovoIndirizzo, r.nuovoIndirizzo]);
  out.push(
    [f.richiestoDa, r.richiestoDa ?? t.common.missing],
    [f.richiestoIl, formatDateTime(r.richiestoIl)],
  );
  if (r.decisoIl) out.push([f.decisoIl, formatDateTime(r.decisoIl)]);
  if (r.noteDecisione) out.push([f.note, r.noteDecisione]);
  return out;
}
