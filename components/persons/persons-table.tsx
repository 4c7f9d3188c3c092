"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable, type ServerSort } from "@/components/data-table/data-table";
import type { ServerTableFeatures } from "@/components/data-table/features";
import { listHref } from "@/components/data-table/list-url";
import { formatDate } from "@/lib/domain/format";
import { persons } from "@/lib/i18n/it/persons";

const t = { persons };

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
    header: t.persons.table.name,
    cell: (c) => (
      <Link href={`/persone/${c.row.original.id}`} className="font-semibold text-primary underline">
        {c.row.original.cognome} {c.row.original.nome}
      </Link>
    ),
  }),
  col.accessor("dataNascita", {
    header: t.persons.fields.dataNascita,
    enableSorting: false,
    cell: (c) => formatDate(c.getValue()),
  }),
  col.accessor("comune", { header: t.persons.fields.comuneResidenza, enableSorting: false }),
  col.accessor("creatoIl", {
    id: "creato",
    header: t.persons.fields.registeredOn,
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
      caption={t.persons.table.caption}
      testId="persons-table"
      columns={columns}
      data={rows}
      sort={sort}
      sortHref={(id, desc) =>
        listHref("/persone", params, { sort: id, dir: desc ? "desc" : "asc" })
      }
      empty={t.persons.table.empty}
    />
  );
}
