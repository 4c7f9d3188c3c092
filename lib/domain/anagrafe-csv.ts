/**
 * The rows of a residents' CSV from a comune's anagrafe, checked one by one before anything
 * is written: a valid codice fiscale that agrees with sex, birth date and birthplace, names,
 * address and family number. Pure: the birthplace lookup (name → Belfiore code) is passed in.
 */
import { checkCodiceFiscaleConsistency, parseCodiceFiscale } from "./codice-fiscale";

/** The rows one batch may carry: they fit a server action's 1 MB body with room to spare. */
export const IMPORT_BATCH_SIZE = 200;
export const IMPORT_MAX_ROWS = 100_000;

export const ANAGRAFE_COLUMNS = [
  "codice_fiscale",
  "cognome",
  "nome",
  "sesso",
  "data_nascita",
  "luogo_nascita",
  "indirizzo",
  "numero_famiglia",
] as const;
export type AnagrafeColumn = (typeof ANAGRAFE_COLUMNS)[number];

export type AnagrafeRaw = Partial<Record<AnagrafeColumn, string>>;

export type AnagrafeRow = {
  codiceFiscale: string;
  cognome: string;
  nome: string;
  sesso: "M" | "F";
  /** YYYY-MM-DD */
  dataNascita: string;
  /** Belfiore code */
  luogoNascita: string;
  indirizzo: string;
  numeroFamiglia: string | null;
};

export type RowCheck =
  | { ok: true; row: AnagrafeRow }
  | { ok: false; motivo: string; codiceFiscale: string | null };

/** A header cell as the import reads it: no BOM, lower case, spaces and dashes as "_". */
export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The required columns missing from a header row. */
export function missingColumns(header: readonly string[]): AnagrafeColumn[] {
  const have = new Set(header.map(normalizeHeader));
  return ANAGRAFE_COLUMNS.filter((c) => !have.has(c));
}

/** ";" (the Italian spreadsheet default) unless the header line only has commas. */
export function detectDelimiter(headerLine: string): ";" | "," {
  const semicolons = headerLine.split(";").length;
  const commas = headerLine.split(",").length;
  return commas > semicolons ? "," : ";";
}

/** A birth date as anagrafe exports write it: YYYY-MM-DD or DD/MM/YYYY. */
export function parseBirthDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const it = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(v);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : it
      ? [it[3], it[2]?.padStart(2, "0"), it[1]?.padStart(2, "0")]
      : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m}-${d}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date
    ? date
    : null;
}

/** A codice fiscale as the report shows it: the surname's three letters, nothing else. */
export function maskCodiceFiscale(cf: string | null | undefined): string {
  const v = (cf ?? "").trim().toUpperCase();
  if (!v) return "";
  return `${v.slice(0, 3)}${"*".repeat(Math.max(0, Math.min(v.length, 16) - 3))}`;
}

const MAX_TEXT = 200;

/**
 * Checks one row. `placeCode` turns a birthplace as written (a Belfiore code or a comune's
 * name) into its Belfiore code, or null when unknown. The first problem found is the reason.
 */
export function validateAnagrafeRow(
  raw: AnagrafeRaw,
  placeCode: (place: string) => string | null,
  today: Date = new Date(),
): RowCheck {
  const get = (c: AnagrafeColumn) => (raw[c] ?? "").trim();
  const cf = get("codice_fiscale").toUpperCase().replace(/\s+/g, "");
  const fail = (motivo: string): RowCheck => ({ ok: false, motivo, codiceFiscale: cf || null });

  if (!cf) return fail("Codice fiscale mancante.");
  const parsed = parseCodiceFiscale(cf, today);
  if (!parsed.ok) return fail(`Codice fiscale non valido: ${parsed.error}`);
  const cognome = get("cognome");
  const nome = get("nome");
  if (!cognome) return fail("Cognome mancante.");
  if (!nome) return fail("Nome mancante.");
  if (cognome.length > MAX_TEXT || nome.length > MAX_TEXT)
    return fail("Nome o cognome troppo lungo.");
  const sesso = get("sesso").toUpperCase();
  if (sesso !== "M" && sesso !== "F") return fail("Sesso non valido: atteso M o F.");
  const dataNascita = parseBirthDate(get("data_nascita"));
  if (!dataNascita) return fail("Data di nascita mancante o non valida.");
  if (dataNascita > today.toISOString().slice(0, 10)) return fail("Data di nascita nel futuro.");
  const luogo = get("luogo_nascita");
  if (!luogo) return fail("Luogo di nascita mancante.");
  const luogoNascita = placeCode(luogo);
  if (!luogoNascita) return fail("Luogo di nascita sconosciuto.");
  const issues = checkCodiceFiscaleConsistency(cf, {
    sex: sesso,
    birthDate: dataNascita,
    birthplace: luogoNascita,
  });
  const first = issues[0];
  if (first) return fail(first.message);
  const indirizzo = get("indirizzo");
  if (!indirizzo) return fail("Indirizzo mancante.");
  if (indirizzo.length > MAX_TEXT) return fail("Indirizzo troppo lungo.");
  const numeroFamiglia = get("numero_famiglia");
  if (numeroFamiglia.length > 30) return fail("Numero di famiglia troppo lungo.");
  return {
    ok: true,
    row: {
      codiceFiscale: cf,
      cognome,
      nome,
      sesso,
      dataNascita,
      luogoNascita,
      indirizzo,
      numeroFamiglia: numeroFamiglia || null,
    },
  };
}
