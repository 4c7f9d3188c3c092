import { stringify } from "csv-stringify/sync";
import type { ImportRejection } from "@/lib/data/registry-import";

/** The rejected rows of an import: line, masked codice fiscale, reason. BOM and ";". */
export function importReportCsv(rows: ImportRejection[]): string {
  const body = stringify(
    rows.map((r) => [r.riga, r.codiceFiscale, r.motivo]),
    { header: true, columns: ["riga", "codice_fiscale", "motivo"], delimiter: ";" },
  );
  return `\uFEFF${body}`;
}

/** A file name without personal data. */
export function importReportFileName(importId: string): string {
  return `scarti-importazione-${importId.slice(0, 8)}.csv`;
}
