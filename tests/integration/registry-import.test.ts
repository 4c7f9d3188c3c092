import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comuni, personLinks, persons } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { parseAnagrafeCsv } from "@/lib/csv/anagrafe";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { createPerson } from "@/lib/data/persons";
import {
  finishImport,
  getImport,
  getImportReport,
  importBatch,
  startImport,
} from "@/lib/data/registry-import";
import { anagrafeCsv, resident } from "../../e2e/support/anagrafe";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { personInput } from "../support/fixtures";

describe.each(DRIVERS)("the anagrafe import on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let pavia = "";
  let cava = "";
  const db = () => t.handle.db;
  const file = anagrafeCsv(1000, 20, 3);

  async function runImport(actor: Actor, csv: string, comuneId = pavia) {
    const parsed = parseAnagrafeCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const { id } = await startImport(db(), actor, {
      comuneId,
      nomeFile: "residenti.csv",
      righeTotali: parsed.rows.length,
    });
    for (let i = 0; i < parsed.rows.length; i += 200) {
      const chunk = parsed.rows.slice(i, i + 200);
      await importBatch(db(), actor, id, {
        primaRiga: chunk[0]?.riga ?? 2,
        righe: chunk.map((r) => ({ riga: r.riga, ...r.valori })),
      });
    }
    const summary = await finishImport(db(), actor, id);
    return { summary, report: await getImportReport(db(), actor, id) };
  }

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    const rows = await db().select({ id: comuni.id, nome: comuni.nome }).from(comuni);
    pavia = rows.find((c) => c.nome === "Pavia")?.id as string;
    cava = rows.find((c) => c.nome === "Cava Manara")?.id as string;
  });
  afterAll(async () => t?.close());

  it("imports 1,000 residents, reports exactly the 20 bad rows and builds the households", async () => {
    const { summary, report } = await runImport(a.asPavia, file.csv);
    expect(summary).toMatchObject({
      righeTotali: 1000,
      righeElaborate: 1000,
      create: 980,
      aggiornate: 0,
      invariate: 0,
      scartate: 20,
    });
    expect(summary.completataIl).toBeInstanceOf(Date);
    expect(report.map((r) => r.riga)).toEqual(file.badLines);
    expect(new Set(report.map((r) => r.motivo)).size).toBeGreaterThanOrEqual(15);
    for (const r of report) expect(r.codiceFiscale).toMatch(/^([A-Z0-9]{1,3}\**)?$/);

    // Family F3-1 is rows 3, 4, 5 (i = 3..5), all valid: three members, two links each.
    const members = await db()
      .select({ id: persons.id, n: persons.componentiNucleo, solo: persons.viveSolo })
      .from(persons)
      .where(eq(persons.famigliaAnagrafe, "F3-1"));
    expect(members).toHaveLength(3);
    for (const m of members) expect(m).toMatchObject({ n: 3, solo: false });
    const links = await db()
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(personLinks)
      .where(and(eq(personLinks.daAnagrafe, "F3-1"), isNull(personLinks.rimossoIl)));
    expect(links[0]?.n).toBe(6);
  });

  it("is safe to run twice: nothing created, the same rejected rows", async () => {
    const linksBefore = await db()
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(personLinks);
    const { summary, report } = await runImport(a.asPavia, file.csv);
    expect(summary).toMatchObject({ create: 0, aggiornate: 0, invariate: 980, scartate: 20 });
    expect(report.map((r) => r.riga)).toEqual(file.badLines);
    const linksAfter = await db()
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(personLinks);
    expect(linksAfter[0]?.n).toBe(linksBefore[0]?.n);
  });

  it("updates a changed address and moves a person between families", async () => {
    const head =
      "codice_fiscale;cognome;nome;sesso;data_nascita;luogo_nascita;indirizzo;numero_famiglia";
    const r3 = resident(3, 3);
    const row = (r: ReturnType<typeof resident>, over: Partial<ReturnType<typeof resident>>) => {
      const x = { ...r, ...over };
      return [
        x.codiceFiscale,
        x.cognome,
        x.nome,
        x.sesso,
        x.dataNascita,
        x.luogo,
        x.indirizzo,
        x.famiglia,
      ].join(";");
    };
    const { summary } = await runImport(
      a.asPavia,
      `${head}\n${row(r3, { indirizzo: "Corso Cavour 9", famiglia: "NUOVA-1" })}\n`,
    );
    expect(summary).toMatchObject({ create: 0, aggiornate: 1, scartate: 0 });
    const [p] = await db()
      .select({ indirizzo: persons.indirizzo, n: persons.componentiNucleo, solo: persons.viveSolo })
      .from(persons)
      .where(eq(persons.codiceFiscale, r3.codiceFiscale));
    expect(p).toEqual({ indirizzo: "Corso Cavour 9", n: 1, solo: true });
    const left = await db()
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(personLinks)
      .where(and(eq(personLinks.daAnagrafe, "F3-1"), isNull(personLinks.rimossoIl)));
    expect(left[0]?.n).toBe(2);
  });

  it("rejects a codice fiscale registered in another comune, without moving the person", async () => {
    const input = await personInput(db(), "Cava Manara");
    const existing = await createPerson(db(), a.asCava, input);
    const csv = `codice_fiscale,cognome,nome,sesso,data_nascita,luogo_nascita,indirizzo,numero_famiglia\n${input.codiceFiscale},${input.cognome},${input.nome},${input.sesso},${input.dataNascita},G388,Via Nuova 1,X1\n`;
    const { summary, report } = await runImport(a.asPavia, csv);
    expect(summary).toMatchObject({ create: 0, scartate: 1 });
    expect(report).toEqual([
      {
        riga: 2,
        codiceFiscale: `${input.codiceFiscale.slice(0, 3)}*************`,
        motivo: expect.stringMatching(/altro comune/),
      },
    ]);
    const [p] = await db()
      .select({ comuneId: persons.comuneId })
      .from(persons)
      .where(eq(persons.id, existing.id));
    expect(p?.comuneId).toBe(cava);
  });

  it("lets workers import into their comuni only, and the coordinator anywhere", async () => {
    const start = (actor: Actor, comuneId: string) =>
      startImport(db(), actor, { comuneId, nomeFile: "r.csv", righeTotali: 1 });
    await expect(start(a.asPavia, cava)).rejects.toBeInstanceOf(ValidationError);
    await expect(start(a.comunePavia, pavia)).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await start(a.coordinatore, cava);
    await expect(getImport(db(), a.asPavia, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      importBatch(db(), a.asPavia, id, { primaRiga: 2, righe: [{}] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getImportReport(db(), a.asCava, id)).resolves.toEqual([]);
    const tooMany = Array.from({ length: 201 }, () => ({}));
    await expect(
      importBatch(db(), a.coordinatore, id, { primaRiga: 2, righe: tooMany }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});
