import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, cases, iseeAttestations, personLinks, persons, requests } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { addDisabilityCertification, addIseeAttestation } from "@/lib/data/person-facts";
import { findLikelyDuplicates, getMergePair, mergePersons } from "@/lib/data/person-registry";
import { createPerson, getPerson, listPersons, searchPersons } from "@/lib/data/persons";
import { createRequest } from "@/lib/data/requests";
import { computeCodiceFiscale } from "@/lib/domain/codice-fiscale";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, personInput, requestInput } from "../support/fixtures";

const suffix = () =>
  Array.from({ length: 5 }, () => "bcdfglmnprstvz"[Math.floor(Math.random() * 14)]).join("");
const year = new Date().getFullYear();
const iseeInput = () => ({
  tipo: "sociosanitario",
  valore: "12.500,00",
  ise: 19625,
  scalaEquivalenza: "1,57",
  protocolloDsu: `INPS-ISEE-${year}-0001234${Math.floor(Math.random() * 90 + 10)}-00`,
  dataPresentazione: `${year}-01-01`,
});

describe.each(DRIVERS)("person registry on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;
  const register = async (comune: string, over: Record<string, string>) => {
    const actor = comune === "Pavia" ? a.asPavia : a.asCava;
    const input = await personInput(db(), comune, over);
    // The codice fiscale encodes the birth date: recompute it for the chosen one.
    input.codiceFiscale = computeCodiceFiscale({
      surname: `${input.cognome}X`,
      name: `${input.nome}${suffix()}`,
      sex: input.sesso,
      birthDate: input.dataNascita,
      birthplace: "G388",
    });
    return { ...input, id: (await createPerson(db(), actor, input)).id };
  };
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  describe("searchPersons", () => {
    it("finds a name with a typo, accents and case aside, best match first", async () => {
      const nome = `Maria${suffix()}`;
      const p = await register("Pavia", { cognome: "Rossi", nome });
      const found = await searchPersons(db(), a.asPavia, `rosi ${nome.toLowerCase()}`);
      expect(found[0]?.id).toBe(p.id);
      const reversed = await searchPersons(db(), a.asPavia, `${nome} ROSSI`);
      expect(ids(reversed)).toContain(p.id);
    });

    it("finds Niccolò when typed niccolo", async () => {
      const cognome = `Bellini${suffix()}`;
      const p = await register("Pavia", { cognome, nome: "Niccolò" });
      expect(ids(await searchPersons(db(), a.asPavia, `niccolo ${cognome}`))).toContain(p.id);
      expect(ids(await searchPersons(db(), a.asPavia, "niccolo"))).toContain(p.id);
      expect(ids(await searchPersons(db(), a.asPavia, "NICCOLÒ"))).toContain(p.id);
    });

    it("finds by birth date in either form, within scope only", async () => {
      const p = await register("Pavia", { dataNascita: "1931-02-03" });
      expect(ids(await searchPersons(db(), a.asPavia, "03/02/1931"))).toContain(p.id);
      expect(ids(await searchPersons(db(), a.asPavia, "1931-02-03"))).toContain(p.id);
      expect(ids(await searchPersons(db(), a.asCava, "03/02/1931"))).not.toContain(p.id);
      expect(await searchPersons(db(), a.asPavia, "31/02/1931")).toBeInstanceOf(Array);
    });

    it("does not find unrelated names", async () => {
      const p = await register("Pavia", { cognome: `Zanardelli${suffix()}`, nome: "Ugo" });
      expect(ids(await searchPersons(db(), a.asPavia, "Bianchi Giovanna"))).not.toContain(p.id);
    });
  });

  describe("findLikelyDuplicates", () => {
    it("names the same codice fiscale, and a similar name born the same day or living in the same comune", async () => {
      const cognome = `Verdi${suffix()}`;
      const p = await register("Pavia", { cognome, nome: "Giuseppe", dataNascita: "1944-04-04" });
      const pavia = p.comuneId;
      const base = { cognome, nome: "Giuseppe" };
      const byCf = await findLikelyDuplicates(db(), a.asPavia, {
        ...base,
        cognome: "Altro",
        codiceFiscale: p.codiceFiscale,
      });
      expect(byCf.visible).toMatchObject([{ id: p.id, motivo: "cf" }]);
      const cava = (await personInput(db(), "Cava Manara")).comuneId;
      const byBirth = await findLikelyDuplicates(db(), a.asPavia, {
        cognome: `${cognome.slice(0, -1)}`,
        nome: "Giusepe",
        dataNascita: "1944-04-04",
        comuneId: cava,
      });
      expect(byBirth.visible).toMatchObject([{ id: p.id, motivo: "nascita" }]);
      const byComune = await findLikelyDuplicates(db(), a.asPavia, {
        ...base,
        dataNascita: "1950-01-01",
        comuneId: pavia,
      });
      expect(ids(byComune.visible)).toContain(p.id);
      const none = await findLikelyDuplicates(db(), a.asPavia, {
        ...base,
        dataNascita: "1950-01-01",
        comuneId: cava,
      });
      expect(ids(none.visible)).not.toContain(p.id);
    });

    it("tells another comune's worker only that a similar person exists", async () => {
      const cognome = `Neri${suffix()}`;
      await register("Pavia", { cognome, nome: "Anna", dataNascita: "1939-09-09" });
      const seen = await findLikelyDuplicates(db(), a.asCava, {
        cognome,
        nome: "Ana",
        dataNascita: "1939-09-09",
      });
      expect(seen).toEqual({ visible: [], hidden: 1 });
    });

    it("is for who registers persons, and checks its input", async () => {
      await expect(
        findLikelyDuplicates(db(), a.coordinatore, { cognome: "A", nome: "B" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        findLikelyDuplicates(db(), a.asPavia, { cognome: "", nome: 3 }),
      ).rejects.toBeInstanceOf(ValidationError);
    });
  });

  describe("mergePersons", () => {
    const twoWithData = async () => {
      const cognome = `Gialli${suffix()}`;
      const keep = await register("Pavia", { cognome, nome: "Luca" });
      const drop = await register("Cava Manara", { cognome, nome: "Luka" });
      await createRequest(db(), a.asCava, requestInput(drop.id, await measureId(db())));
      await addIseeAttestation(db(), a.asCava, drop.id, iseeInput());
      await addDisabilityCertification(db(), a.asCava, drop.id, {
        codice: "l104_art3c3",
        dataRilascio: "2020-06-10",
        ente: "INPS Pavia",
      });
      await db().insert(cases).values({
        ambitoId: a.coordinatore.ambitoId,
        comuneId: drop.comuneId,
        personId: drop.id,
        area: "anziani",
      });
      return { keep, drop, cognome };
    };
    const countFor = async (personId: string) => {
      const n = async (table: typeof requests | typeof cases | typeof iseeAttestations) =>
        (
          await db()
            .select({ n: sql<number>`count(*)::int` })
            .from(table)
            .where(eq(table.personId, personId))
        )[0]?.n;
      return {
        richieste: await n(requests),
        cartelle: await n(cases),
        isee: await n(iseeAttestations),
      };
    };

    it("shows the coordinator both records with what hangs on each, and no one else", async () => {
      const { keep, drop } = await twoWithData();
      const pair = await getMergePair(db(), a.coordinatore, keep.id, drop.id);
      expect(pair.self.id).toBe(keep.id);
      expect(pair.other?.counts).toEqual({ richieste: 1, cartelle: 1, isee: 1, disabilita: 1 });
      expect((await getMergePair(db(), a.coordinatore, keep.id, "x")).other).toBeNull();
      await expect(getMergePair(db(), a.asPavia, keep.id, drop.id)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    });

    it("moves everything to the kept record, marks the other merged and audits both", async () => {
      const { keep, drop, cognome } = await twoWithData();
      const result = await mergePersons(
        db(),
        a.coordinatore,
        keep.id,
        drop.id,
        "Stessa persona registrata due volte.",
      );
      expect(result.moved).toEqual({ richieste: 1, cartelle: 1, isee: 1, disabilita: 1 });
      expect(await countFor(drop.id)).toEqual({ richieste: 0, cartelle: 0, isee: 0 });
      expect(await countFor(keep.id)).toEqual({ richieste: 1, cartelle: 1, isee: 1 });
      const [dropped] = await db()
        .select({ unitaIn: persons.unitaIn, motivo: persons.unitaMotivo })
        .from(persons)
        .where(eq(persons.id, drop.id));
      expect(dropped).toEqual({ unitaIn: keep.id, motivo: "Stessa persona registrata due volte." });
      expect((await getPerson(db(), a.coordinatore, drop.id)).unitaIn).toBe(keep.id);
      expect(ids(await searchPersons(db(), a.coordinatore, `${cognome} luca`))).toEqual([keep.id]);
      const list = await listPersons(db(), a.coordinatore, { limit: 100 });
      expect(list.total).toBe(
        (
          await db()
            .select({ n: sql<number>`count(*)::int` })
            .from(persons)
            .where(sql`unita_in is null`)
        )[0]?.n,
      );
      const logged = await db()
        .select({ id: auditLog.entitaId })
        .from(auditLog)
        .where(and(eq(auditLog.azione, "merge"), eq(auditLog.actorId, a.coordinatore.id)));
      expect(logged.map((l) => l.id)).toEqual(expect.arrayContaining([keep.id, drop.id]));
      await expect(
        mergePersons(db(), a.coordinatore, keep.id, drop.id, "Di nuovo la stessa persona."),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it("keeps one open cartella per area, and links and documents follow the kept record", async () => {
      const { keep, drop } = await twoWithData();
      const ambitoId = a.coordinatore.ambitoId;
      const [keptCase] = await db()
        .insert(cases)
        .values({ ambitoId, comuneId: keep.comuneId, personId: keep.id, area: "anziani" })
        .returning({ id: cases.id });
      const third = await register("Pavia", { cognome: `Verdi${suffix()}`, nome: "Anna" });
      await db()
        .insert(personLinks)
        .values([
          {
            ambitoId,
            personId: keep.id,
            tipo: "nucleo",
            relazione: "coniuge",
            collegataId: drop.id,
          },
          {
            ambitoId,
            personId: third.id,
            tipo: "nucleo",
            relazione: "figlio",
            collegataId: drop.id,
          },
        ]);
      const result = await mergePersons(db(), a.coordinatore, keep.id, drop.id, "Stessa persona.");
      expect(result.moved.cartelle).toBe(1);
      const all = await db()
        .select({ id: cases.id, stato: cases.stato, motivo: cases.motivoChiusura })
        .from(cases)
        .where(eq(cases.personId, keep.id));
      expect(all.filter((c) => c.stato !== "chiusa").map((c) => c.id)).toEqual([keptCase?.id]);
      expect(all.find((c) => c.id !== keptCase?.id)?.motivo).toMatch(/Schede unite/);
      const links = await db()
        .select({
          personId: personLinks.personId,
          collegataId: personLinks.collegataId,
          rimossoIl: personLinks.rimossoIl,
        })
        .from(personLinks)
        .where(inArray(personLinks.personId, [keep.id, third.id]));
      expect(links.find((l) => l.personId === third.id)?.collegataId).toBe(keep.id);
      const self = links.find((l) => l.personId === keep.id);
      expect(self?.collegataId).toBeNull();
      expect(self?.rimossoIl).not.toBeNull();
    });

    it.each(["asPavia", "asCava", "comunePavia", "admin"] as const)("refuses %s", async (who) => {
      const { keep, drop } = await twoWithData();
      await expect(
        mergePersons(db(), a[who], keep.id, drop.id, "Stessa persona registrata due volte."),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await countFor(drop.id)).toEqual({ richieste: 1, cartelle: 1, isee: 1 });
    });

    it("does not reach across ambiti and checks its input", async () => {
      const { keep, drop } = await twoWithData();
      const elsewhere = { ...a.coordinatore, ambitoId: randomUUID() };
      await expect(
        mergePersons(db(), elsewhere, keep.id, drop.id, "Stessa persona registrata due volte."),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        mergePersons(db(), a.coordinatore, keep.id, keep.id, "Stessa persona registrata."),
      ).rejects.toMatchObject({ fieldErrors: { dropId: [expect.any(String)] } });
      await expect(
        mergePersons(db(), a.coordinatore, keep.id, drop.id, "corto"),
      ).rejects.toMatchObject({ fieldErrors: { motivo: [expect.any(String)] } });
      await expect(
        mergePersons(db(), a.coordinatore, "x", drop.id, "Stessa persona registrata."),
      ).rejects.toBeInstanceOf(ValidationError);
      expect(await countFor(drop.id)).toEqual({ richieste: 1, cartelle: 1, isee: 1 });
    });

    it("writes nothing when a step fails half way", async () => {
      const { keep, drop } = await twoWithData();
      await db().execute(sql`create function zona_test_fail() returns trigger as $$
        begin raise exception 'test failure'; end $$ language plpgsql`);
      await db().execute(sql`create trigger zona_test_fail before update of unita_in on persone
        for each row when (new.unita_in is not null) execute function zona_test_fail()`);
      try {
        await expect(
          mergePersons(
            db(),
            a.coordinatore,
            keep.id,
            drop.id,
            "Stessa persona registrata due volte.",
          ),
        ).rejects.toThrow();
      } finally {
        await db().execute(sql`drop trigger zona_test_fail on persone`);
        await db().execute(sql`drop function zona_test_fail()`);
      }
      expect(await countFor(drop.id)).toEqual({ richieste: 1, cartelle: 1, isee: 1 });
      expect(await countFor(keep.id)).toEqual({ richieste: 0, cartelle: 0, isee: 0 });
    });
  });
});
