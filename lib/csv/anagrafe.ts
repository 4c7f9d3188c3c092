import { parse } from "csv-parse/browser/esm/sync";
import {
  type AnagrafeRaw,
  detectDelimiter,
  missingColumns,
  normalizeHeader,
} from "@/lib/domain/anagrafe-csv";

/** One data row of the file with the line it starts on (the header is line 1). */
export type NumberedRow = { riga: number; valori: AnagrafeRaw };

export type ParsedAnagrafe = { ok: true; rows: NumberedRow[] } | { ok: false; message: string };

/**
 * Reads an anagrafe CSV (";" or "," separated, UTF-8 with or without BOM) into rows keyed by
 * the Italian column names. Runs in the browser, so the file never travels whole; a row with
 * the wrong number of cells is kept, to be reported with its line.
 */
export function parseAnagrafeCsv(text: string): ParsedAnagrafe {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = detectDelimiter(firstLine);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(clean, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    return { ok: false, message: `Il file non è un CSV leggibile: ${(e as Error).message}` };
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, message: "Il file è vuoto." };
  const header = head.record.map(normalizeHeader);
  const missing = missingColumns(header);
  if (missing.length) return { ok: false, message: `Mancano le colonne: ${missing.join(", ")}.` };
  const rows = body.map(({ record, info }) => {
    const valori: Record<string, string> = {};
    header.forEach((h, i) => {
      valori[h] = record[i] ?? "";
    });
    return { riga: info.lines, valori: valori as AnagrafeRaw };
  });
  return { ok: true, rows };
}
