"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import type { ServerTableFeatures } from "@/components/data-table/features";
import type { WindowStatus } from "@/lib/domain/bando-window";
import { formatDate, formatEuro } from "@/lib/domain/format";
import { bandi } from "@/lib/i18n/it/bandi";
import { WindowStatusBadge } from "./window-status";

const t = { bandi };

export type BandoTableRow = {
  id: string;
  titolo: string;
  misura: string;
  apertura: string;
  chiusura: string;
  stato: WindowStatus;
  modalita: "ordine_arrivo" | "graduatoria";
  stanziato: string;
  impegnato: string;
  disponibile: string;
};

const col = createColumnHelper<ServerTableFeatures, BandoTableRow>();
const f = t.bandi.fields;
const money = (v: string) => (
  <span className="tabular-nums whitespace-nowrap">{formatEuro(v)}</span>
);

const columns = [
  col.accessor("titolo", {
    header: f.titolo,
    cell: (c) => (
      <Link href={`/bandi/${c.row.original.id}`} className="font-semibold text-primary underline">
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor("misura", { header: f.measureId }),
  col.accessor("apertura", {
    header: f.window,
    cell: (c) => (
      <>
        <span className="whitespace-nowrap">
          {t.bandi.table.window(
            formatDate(c.row.original.apertura),
            formatDate(c.row.original.chiusura),
          )}
        </span>{" "}
        <WindowStatusBadge status={c.row.original.stato} />
      </>
    ),
  }),
  col.accessor("modalita", {
    header: f.modalita,
    cell: (c) => t.bandi.modalitaShort[c.getValue()],
  }),
  col.accessor("stanziato", { header: f.stanziato, cell: (c) => money(c.getValue()) }),
  col.accessor("impegnato", { header: f.impegnato, cell: (c) => money(c.getValue()) }),
  col.accessor("disponibile", { header: f.disponibile, cell: (c) => money(c.getValue()) }),
];

/** The ambito's bandi, newest window first. */
export function BandiTable({ rows }: { rows: BandoTableRow[] }) {
  return (
    <DataTable
      caption={t.bandi.table.caption}
      testId="bandi-table"
      columns={columns}
      data={rows}
      sort={{ id: "apertura", desc: true }}
      empty={t.bandi.table.empty}
    />
  );
}
