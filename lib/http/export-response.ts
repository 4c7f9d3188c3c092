import { type ExportFormat, type ExportTable, toCsv, toXlsx } from "@/lib/export/table";

const TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A table as a downloaded file; the name is built from domain words and dates only. */
export async function exportResponse<R>(table: ExportTable<R>, format: ExportFormat) {
  const body = format === "csv" ? toCsv(table) : await toXlsx(table);
  const name = table.name.replace(/[^a-z0-9-]/gi, "-").toLowerCase();
  return new Response(body, {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="${name}.${format}"`,
      "cache-control": "no-store",
    },
  });
}
