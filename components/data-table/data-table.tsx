"use client";

import { type ColumnDef, FlexRender, useTable } from "@tanstack/react-table";
import Link from "next/link";
import type { ReactNode } from "react";
import { common } from "@/lib/i18n/it/common";
import { type ServerTableFeatures, serverTableFeatures } from "./features";

const t = { common };

export type ServerSort = { id: string; desc: boolean };

type Props<T extends { id: string }> = {
  caption: string;
  // biome-ignore lint/suspicious/noExplicitAny: each column has its own value type
  columns: ColumnDef<ServerTableFeatures, T, any>[];
  data: T[];
  sort: ServerSort;
  /** Where a click on a sortable header leads: the same list, sorted by that column. */
  sortHref?: (columnId: string, desc: boolean) => string;
  empty: ReactNode;
  testId?: string;
};

/**
 * The one table of the staff pages. Sorting, filtering and paging happen on the server and
 * live in the URL, so a list can be shared as a link and works without JavaScript.
 */
export function DataTable<T extends { id: string }>({
  caption,
  columns,
  data,
  sort,
  sortHref,
  empty,
  testId,
}: Props<T>) {
  const table = useTable({
    features: serverTableFeatures,
    columns,
    data,
    getRowId: (row: T) => row.id,
    manualSorting: true,
    state: { sorting: [sort] },
  });
  return (
    <div className="overflow-x-auto rounded border border-line">
      <table className="w-full border-collapse text-left" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = sortHref !== undefined && header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      canSort && sorted
                        ? sorted === "asc"
                          ? "ascending"
                          : "descending"
                        : undefined
                    }
                    className="border-b border-line px-3 py-2 font-semibold whitespace-nowrap"
                  >
                    {canSort ? (
                      <Link
                        href={sortHref?.(header.column.id, sorted === "asc") ?? ""}
                        className="text-primary-darker underline decoration-dotted underline-offset-4"
                      >
                        <FlexRender header={header} />
                        <span aria-hidden="true">
                          {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : " ↕"}
                        </span>
                        <span className="sr-only">
                          {sorted === "asc"
                            ? t.common.table.sortDescending
                            : t.common.table.sortAscending}
                        </span>
                      </Link>
                    ) : (
                      <FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-muted">
                {empty}
              </td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-b border-line/60 hover:bg-primary-light/50">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 align-top">
                    <FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
