import type { APIRequestContext, APIResponse } from "@playwright/test";
import fc from "fast-check";
import { expect } from "./fixtures";

// Property tests of the JSON API: random bodies, queries and ids never give a 5xx, never leak a
// stack trace, and a refused write leaves the database as it was.
export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
export const STACK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|Error: /;

export const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      "personId",
      "measureId",
      "importoMensile",
      "mesi",
      "motivazione",
      "codiceFiscale",
      "cognome",
      "nome",
      "sesso",
      "dataNascita",
      "comuneId",
      "indirizzo",
      "action",
      "nota",
      "q",
      "bandoId",
      "dichiarazioni",
      "valutazione",
      "tipo",
      "valore",
      "protocolloDsu",
      "dataPresentazione",
      "codice",
      "dataRilascio",
      "componentiNucleo",
      "viveSolo",
      "alDomicilio",
      "esito",
      "titolo",
      "budget",
      "regoleAmmissione",
      "regolePunteggio",
      "oggetto",
      "corpo",
      "riferimento",
      "area",
      "motivo",
      "azione",
      "utenteId",
      "nuovoReferenteId",
      "aComuneId",
      "nuovoIndirizzo",
      "relazione",
      "collegataId",
      "contatto",
      "note",
      "voci",
      "data",
      "sintesi",
      "dataInizio",
      "prossimaVerifica",
      "obiettivi",
      "interventi",
      "concludi",
      "avvenutoIl",
      "testo",
      "riservato",
      "versione",
      "oraInizio",
      "oraFine",
      "caseId",
      "luogo",
      "stato",
      "nomeFile",
      "righeTotali",
      "primaRiga",
      "righe",
      "dropId",
    ),
    fc.jsonValue({ maxDepth: 2 }),
  ),
);
export const queryString = fc
  .dictionary(
    fc.constantFrom(
      "stato",
      "comune",
      "area",
      "misura",
      "persona",
      "sort",
      "dir",
      "after",
      "before",
      "limit",
      "x",
    ),
    fc.string({ maxLength: 40 }),
  )
  .map((d) => new URLSearchParams(d).toString());
export const anyId = fc.oneof(fc.uuid(), fc.string({ maxLength: 60 }).map(encodeURIComponent));

export async function expectSafe(res: APIResponse) {
  const text = await res.text();
  expect(res.status(), `${res.url()} → ${res.status()}\n${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text).not.toMatch(STACK);
  if (res.status() >= 400)
    expect(res.headers()["content-type"]).toMatch(/application\/problem\+json/);
}

export async function totals(api: APIRequestContext) {
  const [persons, requests, bandi] = await Promise.all([
    api.get("/api/v1/persons?limit=1").then(async (r) => (await r.json()).total as number),
    api.get("/api/v1/requests?limit=1").then(async (r) => (await r.json()).total as number),
    api.get("/api/v1/bandi").then(async (r) => (await r.json()).rows.length as number),
  ]);
  return { persons, requests, bandi };
}

export async function firstId(api: APIRequestContext, path: string): Promise<string> {
  const body = await (await api.get(path)).json();
  return body.rows[0].id as string;
}
