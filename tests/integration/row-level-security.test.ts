import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ambiti, auditLog, comuni, persons, requests } from "@/db/schema";
import { createPerson } from "@/lib/data/persons";
import { createRequest } from "@/lib/data/requests";
import { withActor } from "@/lib/data/scoped";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, personInput, requestInput } from "../support/fixtures";

/**
 * The database's own wall: these queries skip lib/data's checks on purpose and run raw SQL as
 * the application's role. Row-level security must still keep each actor inside their scope.
 */
describe.each(DRIVERS)("row-level security on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let paviaPerson: string;
  let paviaRequest: string;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    paviaPerson = (await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"))).id;
    paviaRequest = (
      await createRequest(db(), a.asPavia, requestInput(paviaPerson, await measureId(db())))
    ).id;
  });
  afterAll(async () => t?.close());

  it("hides another comune's person and request from a worker, even without the application's check", async () => {
    const seen = await withActor(db(), a.asCava, (tx) =>
      tx.select({ id: persons.id }).from(persons).where(eq(persons.id, paviaPerson)),
    );
    expect(seen).toEqual([]);
    const updated = await withActor(db(), a.asCava, (tx) =>
      tx
        .update(requests)
        .set({ stato: "approvata" })
        .where(eq(requests.id, paviaRequest))
        .returning({ id: requests.id }),
    );
    expect(updated).toEqual([]);
    const own = await withActor(db(), a.asPavia, (tx) =>
      tx.select({ id: persons.id }).from(persons).where(eq(persons.id, paviaPerson)),
    );
    expect(own).toHaveLength(1);
  });

  it("refuses to write a person into a comune outside the worker's scope", async () => {
    const input = await personInput(db(), "Pavia");
    const write = withActor(db(), a.asCava, (tx) =>
      tx.insert(persons).values({
        ambitoId: a.asCava.ambitoId,
        comuneId: input.comuneId,
        codiceFiscale: input.codiceFiscale,
        cognome: input.cognome,
        nome: input.nome,
        sesso: input.sesso as "M" | "F",
        dataNascita: input.dataNascita,
        luogoNascita: "G388",
        cittadinanza: "Italiana",
        indirizzo: "Via Roma 1",
      }),
    );
    await expect(write).rejects.toThrow();
    const [found] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(persons)
      .where(eq(persons.codiceFiscale, input.codiceFiscale));
    expect(found?.n).toBe(0);
  });

  it("gives the system administrator no case data and the coordinator the district", async () => {
    const admin = await withActor(db(), a.admin, (tx) =>
      tx.select({ n: sql<number>`count(*)::int` }).from(persons),
    );
    expect(admin[0]?.n).toBe(0);
    const coordinator = await withActor(db(), a.coordinatore, (tx) =>
      tx.select({ n: sql<number>`count(*)::int` }).from(persons),
    );
    const all = await db().select({ n: sql<number>`count(*)::int` }).from(persons);
    expect(coordinator[0]?.n).toBe(all[0]?.n);
  });

  it("keeps ambiti apart", async () => {
    const [other] = await db()
      .insert(ambiti)
      .values({
        codice: `ALTRO-${driver}`,
        nome: "Altro ambito",
        ente: "Ente",
        codiceRegione: "03",
      })
      .returning();
    if (!other) throw new Error("no ambito");
    const [c] = await db()
      .insert(comuni)
      .values({ ambitoId: other.id, nome: "Altrove", istat: "999999", belfiore: "Z999" })
      .returning();
    expect(c).toBeDefined();
    const visible = await withActor(db(), a.coordinatore, (tx) =>
      tx.select({ id: comuni.id }).from(comuni).where(eq(comuni.ambitoId, other.id)),
    );
    expect(visible).toEqual([]);
  });

  it("lets the application's role append to the audit log but never change it", async () => {
    await withActor(db(), a.asPavia, (tx) =>
      tx.insert(auditLog).values({
        ambitoId: a.asPavia.ambitoId,
        actorId: a.asPavia.id,
        azione: "view",
        entita: "test",
        entitaId: "x",
      }),
    );
    await expect(
      withActor(db(), a.asPavia, (tx) =>
        tx.update(auditLog).set({ azione: "changed" }).where(eq(auditLog.entita, "test")),
      ),
    ).rejects.toThrow();
    await expect(
      withActor(db(), a.asPavia, (tx) => tx.delete(auditLog).where(eq(auditLog.entita, "test"))),
    ).rejects.toThrow();
  });
});
