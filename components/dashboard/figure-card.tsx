import type { ReactNode } from "react";
import type { ExportTable } from "@/lib/export/table";
import { ExportLinks } from "./export-links";
import { FigureTable } from "./figure-table";

/** One figure: its heading, the chart (if any), the table with the same figures, its exports. */
export function FigureCard({
  id,
  table,
  chart,
  note,
  exportHref,
}: {
  id: string;
  table: ExportTable;
  chart?: ReactNode;
  note?: string;
  exportHref: (format: "csv" | "xlsx") => string;
}) {
  return (
    <section
      aria-labelledby={`fig-${id}`}
      className="rounded border border-line bg-white p-4 shadow-sm"
    >
      <h3 id={`fig-${id}`} className="mb-2 text-lg font-bold text-primary-darker">
        {table.title}
      </h3>
      {note ? <p className="mb-2 text-sm text-muted">{note}</p> : null}
      {chart}
      <FigureTable table={table} note={note} />
      <ExportLinks title={table.title} href={exportHref} />
    </section>
  );
}
