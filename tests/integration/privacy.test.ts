import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymise, retentionCandidates } from "@/db/retention";
import { cases, diaryEntries, personDocuments, personLinks, persons, requests } from "@/db/schema";
import { openCase } from "@/lib/data/cases";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { uploadPersonDocument } from "@/lib/data/person-documents";
import { createPerson, getPerson } from "@/lib/data/persons";
import { createRequest, transitionRequest } from "@/lib/data/requests";
import { exportPersonData } from "@/lib/data/subject-export";
import { subjectReportPdf } from "@/lib/documents/subject-report";
import { FsStore } from "@/lib/storage/fs-store";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { filesUnder, tinyPdf } from "../support/files";
import { measureId, personInput, requestInput } from "../support/fixtures";

describe.each(DRIVERS)("privacy tools on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("exports everything held about a person, as JSON and PDF, for the coordinator only, and logs it", async () => {
    const input = await personInput(db(), "Pavia");
    const { id } = await createPerson(db(), a.asPavia, input);
    await createRequest(db(), a.asPavia, requestInput(id, await measureId(db())));
    await getPerson(db(), a.comunePavia, id);
    const { id: caseId } = await openCase(db(), a.asPavia, id, {
      area: "anziani",
      motivo: "Segnalazione.",
    });
    await db()
      .insert(diaryEntries)
      .values([
        {
          ambitoId: a.asPavia.ambitoId,
          caseId,
          tipo: "colloquio",
          avvenutoIl: new Date(),
          testo: "Primo colloquio.",
          autoreId: a.asPavia.id,
        },
        {
          ambitoId: a.asPavia.ambitoId,
          caseId,
          tipo: "telefonata",
          avvenutoIl: new Date(),
          testo: "Riservata.",
          riservato: true,
          autoreId: a.asPavia.id,
        },
      ]);
    await db().insert(personLinks).values({
      ambitoId: a.asPavia.ambitoId,
      personId: id,
      tipo: "rete",
      relazione: "vicino",
      nome: "Vicina di casa",
    });
    const data = await exportPersonData(db(), a.coordinatore, id);
    expect(data.cartelle).toHaveLength(1);
    expect(data.cartelle[0]?.storia.map((e) => e.motivo)).toEqual(["Segnalazione."]);
    // Riservato entries stay with the équipe, also in the export.
    expect(data.cartelle[0]?.diario.map((d) => d.testo)).toEqual(["Primo colloquio."]);
    expect(data.legami.map((l) => l.nomeContatto)).toEqual(["Vicina di casa"]);
    expect(data.persona).toMatchObject({
      codiceFiscale: input.codiceFiscale,
      cognome: input.cognome,
      luogoNascita: "Pavia (PV)",
    });
    expect(data.richieste).toHaveLength(1);
    expect(data.richieste[0]?.storia).toHaveLength(1);
    expect(data.accessi.map((x) => x.utente)).toContain("Stefano Arrigoni");
    const pdf = await subjectReportPdf(data, "Consorzio Sociale Pavese");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1000);
    for (const who of ["asPavia", "comunePavia", "admin"] as const) {
      await expect(exportPersonData(db(), a[who], id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(exportPersonData(db(), a.coordinatore, "x")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reports, then anonymises, people whose cases all closed long ago; twice is harmless", async () => {
    const { id: old } = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
    const { id: reqId } = await createRequest(
      db(),
      a.asPavia,
      requestInput(old, await measureId(db())),
    );
    await transitionRequest(db(), a.asPavia, reqId, {
      action: "rinuncia",
      nota: "Motivo con dati personali.",
    });
    const [oldCase] = await db()
      .insert(cases)
      .values({
        ambitoId: a.asPavia.ambitoId,
        comuneId: a.asPavia.comuneIds[0] as string,
        personId: old,
        area: "anziani",
        stato: "chiusa",
        chiusaIl: sql`now() - interval '11 years'`,
      })
      .returning({ id: cases.id });
    await db()
      .insert(diaryEntries)
      .values({
        ambitoId: a.asPavia.ambitoId,
        caseId: oldCase?.id as string,
        tipo: "visita_domiciliare",
        avvenutoIl: sql`now() - interval '12 years'`,
        testo: "Testo con dati personali.",
        autoreId: a.asPavia.id,
      });
    await db()
      .update(requests)
      .set({ aggiornatoIl: sql`now() - interval '11 years'` })
      .where(eq(requests.id, reqId));
    const { id: open } = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
    await db()
      .insert(cases)
      .values({
        ambitoId: a.asPavia.ambitoId,
        comuneId: a.asPavia.comuneIds[0] as string,
        personId: open,
        area: "anziani",
      });

    const dir = await mkdtemp(path.join(tmpdir(), "zona-retention-"));
    const store = new FsStore(dir);
    await uploadPersonDocument(
      db(),
      a.asPavia,
      old,
      { titolo: "Verbale", file: { name: "verbale.pdf", bytes: tinyPdf() } },
      { store },
    );
    expect(await filesUnder(dir)).toHaveLength(1);

    const report = await retentionCandidates(db(), 10);
    expect(report.map((c) => c.id)).toContain(old);
    expect(report.map((c) => c.id)).not.toContain(open);
    const before = await db()
      .select({ cognome: persons.cognome })
      .from(persons)
      .where(eq(persons.id, old));
    expect(before[0]?.cognome).not.toBe("Anonimo");

    expect(
      await anonymise(
        db(),
        report.filter((c) => c.id === old),
        store,
      ),
    ).toBe(1);
    // Documents go altogether, row and bytes.
    expect(await filesUnder(dir)).toEqual([]);
    expect(
      await db().select().from(personDocuments).where(eq(personDocuments.personId, old)),
    ).toEqual([]);
    await rm(dir, { recursive: true, force: true });
    const [after] = await db().select().from(persons).where(eq(persons.id, old));
    expect(after).toMatchObject({
      cognome: "Anonimo",
      nome: "",
      indirizzo: "",
      telefono: null,
      email: null,
    });
    expect(after?.codiceFiscale).toMatch(/^ANON-/);
    expect(after?.dataNascita).toMatch(/-01-01$/);
    const [req] = await db()
      .select({ m: requests.motivazione, e: requests.esitoMotivazione })
      .from(requests)
      .where(eq(requests.id, reqId));
    expect(req).toEqual({ m: "[anonimizzato]", e: null });
    const diary = await db()
      .select({ testo: diaryEntries.testo })
      .from(diaryEntries)
      .where(eq(diaryEntries.caseId, oldCase?.id as string));
    expect(diary).toEqual([{ testo: "[anonimizzato]" }]);
    expect((await retentionCandidates(db(), 10)).map((c) => c.id)).not.toContain(old);
    expect(
      await anonymise(
        db(),
        report.filter((c) => c.id === old),
      ),
    ).toBe(0);
  });
});
