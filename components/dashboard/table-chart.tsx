import { cellsOf, type ExportTable } from "@/lib/export/table";
import { t } from "@/lib/i18n";
import { BarFigure } from "./bar-figure";

const PALETTE = ["#0066cc", "#003366", "#008055", "#cc334d"];

/**
 * The chart of a table, drawn from the very cells the table shows: the first column is the
 * category, every numeric column a series. Its text alternative lists the same figures.
 */
export function TableChart({
  table,
  colors = PALETTE,
  horizontal = false,
}: {
  table: ExportTable;
  colors?: string[];
  horizontal?: boolean;
}) {
  const [header = [], ...body] = cellsOf(table);
  const numeric = table.columns.map((c, i) => (i > 0 && c.number ? i : -1)).filter((i) => i > 0);
  const series = numeric.map((i, j) => ({
    key: `c${i}`,
    label: String(header[i]),
    color: colors[j % colors.length] as string,
  }));
  const rows = body.map((r) => ({
    label: String(r[0]),
    ...Object.fromEntries(numeric.map((i) => [`c${i}`, Number(r[i] ?? 0)])),
  }));
  const parts = body.map(
    (r) =>
      `${r[0]}: ${numeric.map((i) => (numeric.length > 1 ? `${header[i]} ${r[i] ?? 0}` : `${r[i] ?? 0}`)).join(", ")}`,
  );
  return (
    <BarFigure
      rows={rows}
      category="label"
      series={series}
      horizontal={horizontal}
      summary={t.dashboard.chartSummary(table.title, parts)}
    />
  );
}
