import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, disabilityCertifications, iseeAttestations, persons } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import {
  addDisabilityCertification,
  addIseeAttestation,
  getPersonFacts,
  removeDisabilityCertification,
  updateLivingConditions,
} from "@/lib/data/person-facts";
import { createPerson } from "@/lib/data/persons";
import { computeCodiceFiscale } from "@/lib/domain/codice-fiscale";
import { romeDate } from "@/lib/domain/dates";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { personInput } from "../support/fixtures";

const thisYear = Number(romeDate(new Date()).slice(0, 4));
// Filed on 1 January of this year (valid to 31 December, and never in the future) or of last year (expired).
const iseeInput = (year = thisYear, over: Record<string, unknown> = {}) => ({
  tipo: "sociosanitario",
  valore: "12.500,00",
  ise: 19625,
  scalaEquivalenza: "1,57",
  protocolloDsu: `INPS-ISEE-${year}-0001234${Math.floor(Math.random() * 90 + 10)}-00`,
  dataPresentazione: `${year}-01-01`,
  ...over,
});
const certInput = { codice: "l104_art3c3", dataRilascio: "2020-06-10", ente: "INPS Pavia" };
const conditions = { componentiNucleo: 1, viveSolo: true, alDomicilio: true };

describe.each(DRIVERS)("person facts on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;
  const newPavia = async () =>
    (await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"))).id;
  const counts = async () => {
    const n = async (table: typeof iseeAttestations | typeof disabilityCertifications) =>
      (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n;
    return { isee: await n(iseeAttestations), certs: await n(disabilityCertifications) };
  };
  const conditionsOf = async (id: string) =>
    (
      await db()
        .select({
          componentiNucleo: persons.componentiNucleo,
          viveSolo: persons.viveSolo,
          alDomicilio: persons.alDomicilio,
        })
        .from(persons)
        .where(eq(persons.id, id))
    )[0];

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("lets the worker of the comune record ISEE, certifications and conditions, and flags the expired ISEE", async () => {
    const id = await newPavia();
    const valid = await addIseeAttestation(db(), a.asPavia, id, iseeInput());
    expect(valid.scadenza).toBe(`${thisYear}-12-31`);
    const old = await addIseeAttestation(db(), a.asPavia, id, iseeInput(thisYear - 1));
    const corrente = await addIseeAttestation(
      db(),
      a.asPavia,
      id,
      iseeInput(thisYear - 1, { tipo: "corrente", dataPresentazione: `${thisYear - 1}-08-31` }),
    );
    expect(corrente.scadenza).toBe(`${thisYear}-02-${thisYear % 4 === 0 ? 29 : 28}`);
    const cert = await addDisabilityCertification(db(), a.asPavia, id, certInput);
    const set = await updateLivingConditions(db(), a.asPavia, id, conditions);
    expect(set).toMatchObject(conditions);
    expect(set.aggiornateIl).toBeInstanceOf(Date);

    const facts = await getPersonFacts(db(), a.asPavia, id);
    const byId = new Map(facts.isee.map((i) => [i.id, i]));
    expect(byId.get(valid.id)).toMatchObject({
      expired: false,
      current: true,
      valore: "12500.00",
      ise: "19625.00",
      scalaEquivalenza: "1.57",
      annoDsu: thisYear,
    });
    expect(byId.get(old.id)).toMatchObject({ expired: true, current: false });
    expect(facts.disabilities).toEqual([
      {
        id: cert.id,
        codice: "l104_art3c3",
        dataRilascio: "2020-06-10",
        scadenza: null,
        ente: "INPS Pavia",
        expired: false,
      },
    ]);
    expect(facts.conditions).toMatchObject(conditions);
    // Newest filing first.
    expect(facts.isee[0]?.id).toBe(valid.id);
  });

  it("logs views and changes against the person, with ids only", async () => {
    const id = await newPavia();
    const { id: certId } = await addDisabilityCertification(db(), a.asPavia, id, certInput);
    await removeDisabilityCertification(db(), a.asPavia, id, certId);
    await getPersonFacts(db(), a.comunePavia, id);
    const rows = await db()
      .select({ azione: auditLog.azione, entita: auditLog.entita, entitaId: auditLog.entitaId })
      .from(auditLog)
      .where(
        and(inArray(auditLog.entita, ["persona", "condizioni_persona"]), eq(auditLog.entitaId, id)),
      );
    expect(rows.map((r) => `${r.azione} ${r.entita}`)).toEqual([
      "create persona",
      "update persona",
      "update persona",
      "view condizioni_persona",
    ]);
    const certRows = await db()
      .select({ azione: auditLog.azione })
      .from(auditLog)
      .where(eq(auditLog.entitaId, certId));
    expect(certRows.map((r) => r.azione)).toEqual(["create", "update"]);
    expect((await getPersonFacts(db(), a.asPavia, id)).disabilities).toEqual([]);
  });

  it("lets the coordinator and the comune's administrator read but not write", async () => {
    const id = await newPavia();
    await addIseeAttestation(db(), a.asPavia, id, iseeInput());
    const { id: certId } = await addDisabilityCertification(db(), a.asPavia, id, certInput);
    for (const who of ["coordinatore", "comunePavia"] as const) {
      expect((await getPersonFacts(db(), a[who], id)).isee).toHaveLength(1);
      const before = await counts();
      await expect(addIseeAttestation(db(), a[who], id, iseeInput())).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(addDisabilityCertification(db(), a[who], id, certInput)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(removeDisabilityCertification(db(), a[who], id, certId)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(updateLivingConditions(db(), a[who], id, conditions)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      expect(await counts()).toEqual(before);
    }
    expect(await conditionsOf(id)).toEqual({
      componentiNucleo: null,
      viveSolo: null,
      alDomicilio: null,
    });
  });

  it("answers not found to the worker of another comune, and to the system administrator forbidden", async () => {
    const id = await newPavia();
    const { id: certId } = await addDisabilityCertification(db(), a.asPavia, id, certInput);
    const before = await counts();
    const cava = a.asCava;
    await expect(getPersonFacts(db(), cava, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addIseeAttestation(db(), cava, id, iseeInput())).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(addDisabilityCertification(db(), cava, id, certInput)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(removeDisabilityCertification(db(), cava, id, certId)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(updateLivingConditions(db(), cava, id, conditions)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // Even with bad input the answer is "not found": nothing about the person leaks.
    await expect(addIseeAttestation(db(), cava, id, { valore: -1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getPersonFacts(db(), a.admin, id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await counts()).toEqual(before);
    expect(await conditionsOf(id)).toMatchObject({ viveSolo: null });
  });

  it("does not remove a certification through another person's id", async () => {
    const first = await newPavia();
    const second = await newPavia();
    const { id: certId } = await addDisabilityCertification(db(), a.asPavia, first, certInput);
    await expect(
      removeDisabilityCertification(db(), a.asPavia, second, certId),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      removeDisabilityCertification(db(), a.asPavia, first, "not-a-uuid"),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await getPersonFacts(db(), a.asPavia, first)).disabilities).toHaveLength(1);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const id = await newPavia();
    const before = await counts();
    const cases: [(input: unknown) => Promise<unknown>, unknown, string][] = [
      [
        (i) => addIseeAttestation(db(), a.asPavia, id, i),
        iseeInput(thisYear, { valore: "-5" }),
        "valore",
      ],
      [
        (i) => addIseeAttestation(db(), a.asPavia, id, i),
        iseeInput(thisYear, { valore: "1,234" }),
        "valore",
      ],
      [(i) => addIseeAttestation(db(), a.asPavia, id, i), iseeInput(thisYear, { ise: 100 }), "ise"],
      [
        (i) => addIseeAttestation(db(), a.asPavia, id, i),
        iseeInput(thisYear, { tipo: "x" }),
        "tipo",
      ],
      [
        (i) => addIseeAttestation(db(), a.asPavia, id, i),
        iseeInput(thisYear, { protocolloDsu: "DSU 123" }),
        "protocolloDsu",
      ],
      [
        (i) => addIseeAttestation(db(), a.asPavia, id, i),
        iseeInput(thisYear, { dataPresentazione: `${thisYear + 1}-01-02` }),
        "dataPresentazione",
      ],
      [
        (i) => addIseeAttestation(db(), a.asPavia, id, i),
        iseeInput(thisYear, { scadenza: "2099-12-31" }),
        "_",
      ],
      [(i) => addIseeAttestation(db(), a.asPavia, id, i), "not an object", "_"],
      [
        (i) => addDisabilityCertification(db(), a.asPavia, id, i),
        { ...certInput, codice: "invalidita_50" },
        "codice",
      ],
      [
        (i) => addDisabilityCertification(db(), a.asPavia, id, i),
        { ...certInput, scadenza: "2019-01-01" },
        "scadenza",
      ],
      [
        (i) => addDisabilityCertification(db(), a.asPavia, id, i),
        { ...certInput, dataRilascio: "1800-01-01" },
        "dataRilascio",
      ],
      [
        (i) => updateLivingConditions(db(), a.asPavia, id, i),
        { ...conditions, componentiNucleo: 4 },
        "viveSolo",
      ],
      [
        (i) => updateLivingConditions(db(), a.asPavia, id, i),
        { ...conditions, componentiNucleo: 31 },
        "componentiNucleo",
      ],
      [
        (i) => updateLivingConditions(db(), a.asPavia, id, i),
        { ...conditions, alDomicilio: "sì" },
        "alDomicilio",
      ],
      [
        (i) => updateLivingConditions(db(), a.asPavia, id, i),
        { viveSolo: false },
        "componentiNucleo",
      ],
    ];
    for (const [run, input, field] of cases) {
      const e = await run(input).catch((err) => err);
      expect(e, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect(Object.keys((e as ValidationError).fieldErrors), JSON.stringify(input)).toContain(
        field,
      );
    }
    expect(await counts()).toEqual(before);
    expect(await conditionsOf(id)).toEqual({
      componentiNucleo: null,
      viveSolo: null,
      alDomicilio: null,
    });
  });

  it("refuses the same DSU of the same kind twice, and a filing before the person's birth", async () => {
    const base = await personInput(db(), "Pavia");
    const dataNascita = `${thisYear}-01-01`;
    const codiceFiscale = computeCodiceFiscale({
      surname: base.cognome,
      name: base.nome,
      sex: base.sesso,
      birthDate: dataNascita,
      birthplace: "G388",
    });
    const { id } = await createPerson(db(), a.asPavia, { ...base, dataNascita, codiceFiscale });
    const before = await counts();
    await expect(
      addIseeAttestation(
        db(),
        a.asPavia,
        id,
        iseeInput(thisYear - 1, { dataPresentazione: `${thisYear - 1}-12-31` }),
      ),
    ).rejects.toMatchObject({
      fieldErrors: { dataPresentazione: [expect.stringMatching(/nascita/)] },
    });
    const dsu = iseeInput(thisYear, { tipo: "minorenni" });
    await addIseeAttestation(db(), a.asPavia, id, dsu);
    await expect(addIseeAttestation(db(), a.asPavia, id, dsu)).rejects.toMatchObject({
      fieldErrors: { protocolloDsu: [expect.stringMatching(/già registrata/)] },
    });
    // The same DSU gives an ISEE ordinario too.
    await addIseeAttestation(db(), a.asPavia, id, { ...dsu, tipo: "ordinario" });
    expect((await counts()).isee).toBe((before.isee ?? 0) + 2);
  });
});
