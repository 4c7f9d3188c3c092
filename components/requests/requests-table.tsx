"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable, type ServerSort } from "@/components/data-table/data-table";
import type { ServerTableFeatures } from "@/components/data-table/features";
import { listHref } from "@/components/data-table/list-url";
import { AREA_LABELS, type Area } from "@/lib/domain/areas";
import { formatDate, formatEuro } from "@/lib/domain/format";
import type { RequestStatus } from "@/lib/domain/request-workflow";
import { applications } from "@/lib/i18n/it/applications";
import { requests } from "@/lib/i18n/it/requests";
import { StatusBadge } from "./status-badge";

const t = { applications, requests };

export type RequestTableRow = {
  id: string;
  protocollo: string | null;
  creatoIl: string;
  persona: string | null;
  comune: string;
  misura: string;
  area: Area;
  stato: RequestStatus;
  importoMensile: string | null;
  scadenza: string | null;
  inRitardo: boolean;
};

const col = createColumnHelper<ServerTableFeatures, RequestTableRow>();

const columns = [
  col.accessor("protocollo", {
    id: "protocollo",
    header: t.requests.fields.protocol,
    cell: (c) => (
      <Link
        href={`/richieste/${c.row.original.id}`}
        className="font-semibold text-primary underline tabular-nums"
      >
        {c.getValue() ?? t.requests.table.draft}
      </Link>
    ),
  }),
  col.accessor("creatoIl", {
    id: "data",
    header: t.requests.fields.filedOn,
    cell: (c) => formatDate(c.getValue()),
  }),
  col.accessor("persona", {
    header: t.requests.fields.person,
    enableSorting: false,
    cell: (c) => c.getValue() ?? <em>{t.requests.movedAway}</em>,
  }),
  col.accessor("comune", { header: t.requests.fields.comune, enableSorting: false }),
  col.accessor("misura", { header: t.requests.fields.measure, enableSorting: false }),
  col.accessor("area", {
    header: t.requests.fields.area,
    enableSorting: false,
    cell: (c) => AREA_LABELS[c.getValue()],
  }),
  col.accessor("stato", {
    id: "stato",
    header: t.requests.fields.status,
    cell: (c) => <StatusBadge status={c.getValue()} />,
  }),
  col.accessor("scadenza", {
    header: t.applications.term.due,
    enableSorting: false,
    cell: (c) => (
      <span className="tabular-nums">
        {formatDate(c.getValue())}
        {c.row.original.inRitardo ? (
          <strong
            className="ml-2 rounded border border-danger bg-[#fbeaec] px-1"
            data-testid="overdue-flag"
          >
            {t.applications.term.overdue}
          </strong>
        ) : null}
      </span>
    ),
  }),
  col.accessor("importoMensile", {
    header: t.requests.fields.monthlyAmount,
    enableSorting: false,
    cell: (c) => <span className="tabular-nums">{formatEuro(c.getValue())}</span>,
  }),
];

export function RequestsTable({
  rows,
  sort,
  params,
}: {
  rows: RequestTableRow[];
  sort: ServerSort;
  /** The list's URL state; without it the headers are not sortable. */
  params?: Record<string, string | undefined>;
}) {
  return (
    <DataTable
      caption={t.requests.table.caption}
      testId="requests-table"
      columns={columns}
      data={rows}
      sort={sort}
      sortHref={
        params
          ? (id, desc) => listHref("/richieste", params, { sort: id, dir: desc ? "desc" : "asc" })
          : undefined
      }
      empty={t.requests.table.empty}
    />
  );
}
