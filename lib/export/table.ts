import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

/**
 * The one export layer: a table is a title, column definitions and rows; it becomes CSV
 * (semicolon-separated with a BOM, as Italian spreadsheets expect) or XLSX. Cells are plain
 * values: numbers stay numbers in XLSX.
 */
export type Cell = string | number | null;

export type Column<R> = { header: string; value: (row: R) => Cell; number?: boolean };

export type ExportTable<R = unknown> = {
  /** File name stem: words of the domain only, never personal data. */
  name: string;
  title: string;
  columns: Column<R>[];
  rows: R[];
};

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(v: unknown): v is ExportFormat {
  return v === "csv" || v === "xlsx";
}

/** The table as a matrix of cells, headers first: what both formats, and the page, show. */
export function cellsOf<R>(table: ExportTable<R>): Cell[][] {
  return [
    table.columns.map((c) => c.header),
    ...table.rows.map((r) => table.columns.map((c) => c.value(r))),
  ];
}

// A cell starting with = + - @ could run as a formula in a spreadsheet: prefix it.
function safeText(v: Cell): Cell {
  return typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function toCsv<R>(table: ExportTable<R>): string {
  const cells = cellsOf(table).map((row) => row.map((v) => (v === null ? "" : safeText(v))));
  return `\uFEFF${stringify(cells, { delimiter: ";", record_delimiter: "\r\n" })}`;
}

export async function toXlsx<R>(table: ExportTable<R>): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Zona";
  const ws = wb.addWorksheet(table.title.slice(0, 31).replace(/[[\]*?/\\:]/g, " "));
  const [header = [], ...rows] = cellsOf(table);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(safeText));
  ws.columns.forEach((col, i) => {
    col.width = Math.min(60, Math.max(10, String(header[i] ?? "").length + 2));
    if (table.columns[i]?.number) col.numFmt = "#,##0.##";
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
