import { cellsOf, type ExportTable } from "@/lib/export/table";
import { t } from "@/lib/i18n";

/** The accessible table of a figure: the same cells the chart draws and the export writes. */
export function FigureTable({ table, note }: { table: ExportTable; note?: string }) {
  const [header = [], ...rows] = cellsOf(table);
  const numeric = table.columns.map((c) => Boolean(c.number));
  const show = (v: string | number | null, i: number) =>
    v === null
      ? t.common.missing
      : numeric[i] && typeof v === "number"
        ? v.toLocaleString("it-IT")
        : v;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">
          {table.title}
          {note ? `. ${note}` : ""}
        </caption>
        <thead>
          <tr className="border-b border-line text-left">
            {header.map((h, i) => (
              <th
                key={String(h)}
                scope="col"
                className={numeric[i] ? "px-2 py-1 text-right" : "px-2 py-1"}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={header.length} className="px-2 py-2 text-muted">
                {t.dashboard.noData}
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={String(r[0])} className="border-b border-line last:border-0">
                {r.map((v, i) =>
                  i === 0 ? (
                    <th
                      key={String(header[i])}
                      scope="row"
                      className="px-2 py-1 text-left font-normal"
                    >
                      {show(v, i)}
                    </th>
                  ) : (
                    <td
                      key={String(header[i])}
                      className={numeric[i] ? "px-2 py-1 text-right tabular-nums" : "px-2 py-1"}
                    >
                      {show(v, i)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
