import { describe, expect, it } from "vitest";
import { parseAnagrafeCsv } from "@/lib/csv/anagrafe";
import {
  detectDelimiter,
  maskCodiceFiscale,
  missingColumns,
  parseBirthDate,
  validateAnagrafeRow,
} from "@/lib/domain/anagrafe-csv";
import { computeCodiceFiscale } from "@/lib/domain/codice-fiscale";
import { anagrafeCsv } from "../../e2e/support/anagrafe";

const places: Record<string, string> = { PAVIA: "G388", MILANO: "F205" };
const placeCode = (p: string) => (/^[A-Z]\d{3}$/.test(p) ? p : (places[p.toUpperCase()] ?? null));
const cf = computeCodiceFiscale({
  surname: "Rossi",
  name: "Maria",
  sex: "F",
  birthDate: "1950-03-12",
  birthplace: "G388",
});
const good = {
  codice_fiscale: cf,
  cognome: "Rossi",
  nome: "Maria",
  sesso: "F",
  data_nascita: "12/03/1950",
  luogo_nascita: "Pavia",
  indirizzo: "Via Roma 1",
  numero_famiglia: "1234",
};
const reason = (over: Partial<typeof good>) => {
  const r = validateAnagrafeRow({ ...good, ...over }, placeCode);
  return r.ok ? null : r.motivo;
};

describe("a row of the anagrafe CSV", () => {
  it("accepts a consistent row, the birthplace by name or code, the date in either form", () => {
    const r = validateAnagrafeRow(good, placeCode);
    expect(r).toEqual({
      ok: true,
      row: {
        codiceFiscale: cf,
        cognome: "Rossi",
        nome: "Maria",
        sesso: "F",
        dataNascita: "1950-03-12",
        luogoNascita: "G388",
        indirizzo: "Via Roma 1",
        numeroFamiglia: "1234",
      },
    });
    expect(
      reason({
        luogo_nascita: "G388",
        data_nascita: "1950-03-12",
        codice_fiscale: cf.toLowerCase(),
      }),
    ).toBeNull();
    expect(reason({ numero_famiglia: "" })).toBeNull();
  });

  it("gives one reason for each way it can be wrong", () => {
    expect(reason({ codice_fiscale: "" })).toMatch(/mancante/);
    expect(reason({ codice_fiscale: `${cf.slice(0, 15)}${cf.endsWith("A") ? "B" : "A"}` })).toMatch(
      /non valido/,
    );
    expect(reason({ cognome: " " })).toMatch(/Cognome/);
    expect(reason({ nome: "" })).toMatch(/Nome/);
    expect(reason({ sesso: "X" })).toMatch(/Sesso/);
    expect(reason({ sesso: "M" })).toMatch(/sesso non corrisponde/);
    expect(reason({ data_nascita: "30/02/1950" })).toMatch(/Data di nascita/);
    expect(reason({ data_nascita: "1951-03-12" })).toMatch(/data di nascita non corrisponde/);
    expect(reason({ luogo_nascita: "Atlantide" })).toMatch(/sconosciuto/);
    expect(reason({ luogo_nascita: "Milano" })).toMatch(/luogo di nascita non corrisponde/);
    expect(reason({ indirizzo: "" })).toMatch(/Indirizzo/);
  });

  it("masks the code down to the surname's letters", () => {
    expect(maskCodiceFiscale("RSSMRA50C52G388X")).toBe("RSS*************");
    expect(maskCodiceFiscale("")).toBe("");
  });

  it("reads dates, headers and separators as exports write them", () => {
    expect(parseBirthDate("1/2/1940")).toBe("1940-02-01");
    expect(parseBirthDate("29/02/1941")).toBeNull();
    expect(detectDelimiter("codice_fiscale,cognome,nome")).toBe(",");
    expect(detectDelimiter("codice_fiscale;cognome;nome")).toBe(";");
    expect(missingColumns(["\uFEFFCodice fiscale", "COGNOME", "nome"])).toEqual([
      "sesso",
      "data_nascita",
      "luogo_nascita",
      "indirizzo",
      "numero_famiglia",
    ]);
  });
});

describe("the CSV file", () => {
  it("parses ';' with a BOM and ',' with quotes, numbering lines from the header", () => {
    const semi = parseAnagrafeCsv(
      `\uFEFFcodice_fiscale;cognome;nome;sesso;data_nascita;luogo_nascita;indirizzo;numero_famiglia\r\n${cf};Rossi;Maria;F;12/03/1950;Pavia;Via Roma, 1;12\r\n\r\n${cf};Rossi\r\n`,
    );
    expect(semi.ok).toBe(true);
    if (!semi.ok) return;
    expect(semi.rows.map((r) => r.riga)).toEqual([2, 4]);
    expect(semi.rows[0]?.valori.indirizzo).toBe("Via Roma, 1");
    expect(semi.rows[1]?.valori.indirizzo).toBe("");
    const comma = parseAnagrafeCsv(
      `codice_fiscale,cognome,nome,sesso,data_nascita,luogo_nascita,indirizzo,numero_famiglia\n${cf},Rossi,Maria,F,1950-03-12,Pavia,"Via Roma, 1",12\n`,
    );
    expect(comma.ok && comma.rows[0]?.valori.indirizzo).toBe("Via Roma, 1");
  });

  it("refuses a file without the required columns", () => {
    const r = parseAnagrafeCsv("cf;cognome\nX;Y\n");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/codice_fiscale/);
  });

  it("finds exactly the broken rows of a generated anagrafe", () => {
    const file = anagrafeCsv(1000, 20);
    const parsed = parseAnagrafeCsv(file.csv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows).toHaveLength(1000);
    const bad = parsed.rows
      .filter((r) => !validateAnagrafeRow(r.valori, placeCode).ok)
      .map((r) => r.riga);
    expect(bad).toEqual(file.badLines);
    expect(new Set(file.residents.map((r) => r.codiceFiscale)).size).toBe(980);
  });
});
