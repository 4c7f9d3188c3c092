"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable, type ServerSort } from "@/components/data-table/data-table";
import type { ServerTableFeatures } from "@/components/data-table/features";
import { listHref } from "@/components/data-table/list-url";
import { formatDate } from "@/lib/domain/format";

export type PersonTableRow = {
  id: string;
  cognome: string;
  nome: string;
  dataNascita: string;
  comune: string;
  creatoIl: string;
};

const col = createColumnHelper<ServerTableFeatures, PersonTableRow>();

const columns = [
  col.accessor("cognome", {
    id: "cognome",
    header: "Cognome e nome",
    cell: (c) => (
      <Link href={`/persone/${c.row.original.id}`} className="font-semibold text-primary underline">
        {c.row.original.cognome} {c.row.original.nome}
      </Link>
    ),
  }),
  col.accessor("dataNascita", {
    header: "Data di nascita",
    enableSorting: false,
    cell: (c) => formatDate(c.getValue()),
  }),
  col.accessor("comune", { header: "Comune di residenza", enableSorting: false }),
  col.accessor("creatoIl", {
    id: "creato",
    header: "Registrata il",
    cell: (c) => formatDate(c.getValue()),
  }),
];

export function PersonsTable({
  rows,
  sort,
  params,
}: {
  rows: PersonTableRow[];
  sort: ServerSort;
  params: Record<string, string | undefined>;
}) {
  return (
    <DataTable
      caption="Persone registrate"
      testId="persons-table"
      columns={columns}
      data={rows}
      sort={sort}
      sortHref={(id, desc) =>
        listHref("/persone", params, { sort: id, dir: desc ? "desc" : "asc" })
      }
      empty="Nessuna persona registrata."
    />
  );
}
