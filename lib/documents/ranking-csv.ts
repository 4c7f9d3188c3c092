import { stringify } from "csv-stringify/sync";

const ESITO: Record<string, string> = {
  finanziata: "Ammessa e finanziata",
  in_attesa: "In lista d'attesa",
  non_finanziata: "Non finanziata",
};

/**
 * The graduatoria as CSV for publication: position, protocol number, score and outcome only.
 * Semicolons and a BOM, as Italian spreadsheets expect.
 */
export function rankingCsv(
  rows: { posizione: number; protocollo: string; punteggio: string; esito: string }[],
): string {
  const body = stringify(
    rows.map((r) => [
      r.posizione,
      r.protocollo,
      r.punteggio.replace(".", ","),
      ESITO[r.esito] ?? r.esito,
    ]),
    { header: true, columns: ["Posizione", "Protocollo", "Punteggio", "Esito"], delimiter: ";" },
  );
  return `\uFEFF${body}`;
}

/** A file name for the CSV, without personal data. */
export function rankingFileName(bandoId: string): string {
  return `graduatoria-${bandoId.slice(0, 8)}.csv`;
}
