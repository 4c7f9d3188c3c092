import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDb } from "@/db/client";
import { bandi, budgetLines, requestEvents, requests } from "@/db/schema";
import { ConflictError } from "@/lib/data/errors";
import { createPerson } from "@/lib/data/persons";
import { transitionRequest } from "@/lib/data/requests";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, personInput } from "../support/fixtures";

const AMOUNT = 1200; // 100 € × 12 months

describe.each(DRIVERS)("budget of a bando on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let personId: string;
  let measure: string;
  let seq = 0;
  const db = () => t.handle.db;

  async function bandoWithBudget(stanziato: number) {
    const [b] = await db()
      .insert(bandi)
      .values({
        ambitoId: a.coordinatore.ambitoId,
        measureId: measure,
        titolo: "Bando B2 di prova",
        periodoInizio: "2026-01-01",
        periodoFine: "2026-12-31",
        apertura: "2026-01-01",
        chiusura: "2026-12-31",
        modalita: "ordine_arrivo",
      })
      .returning({ id: bandi.id });
    if (!b) throw new Error("no bando");
    const [line] = await db()
      .insert(budgetLines)
      .values({ ambitoId: a.coordinatore.ambitoId, bandoId: b.id, stanziato: stanziato.toFixed(2) })
      .returning({ id: budgetLines.id });
    return { bandoId: b.id, lineId: line?.id as string };
  }

  async function requestsUnder(bandoId: string, n: number): Promise<string[]> {
    const rows = await db()
      .insert(requests)
      .values(
        Array.from({ length: n }, () => ({
          ambitoId: a.asPavia.ambitoId,
          comuneId: a.asPavia.comuneIds[0] as string,
          personId,
          measureId: measure,
          bandoId,
          stato: "presentata" as const,
          protocolloAnno: 2099,
          protocolloNumero: ++seq,
          importoMensile: "100.00",
          mesi: 12,
          motivazione: "Richiesta di prova per il bilancio.",
          creatoDa: a.asPavia.id,
        })),
      )
      .returning({ id: requests.id });
    return rows.map((r) => r.id);
  }

  const committed = async (lineId: string) =>
    Number(
      (
        await db()
          .select({ v: budgetLines.impegnato })
          .from(budgetLines)
          .where(eq(budgetLines.id, lineId))
      )[0]?.v,
    );

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    measure = await measureId(db());
    personId = (await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"))).id;
  });
  afterAll(async () => t?.close());

  it("commits on approval, refuses what does not fit without changing anything, frees on renunciation", async () => {
    const { bandoId, lineId } = await bandoWithBudget(2 * AMOUNT);
    const [r1, r2, r3] = await requestsUnder(bandoId, 3);
    await transitionRequest(db(), a.coordinatore, r1 as string, { action: "approva", nota: "Ok." });
    await transitionRequest(db(), a.coordinatore, r2 as string, { action: "approva", nota: "Ok." });
    expect(await committed(lineId)).toBe(2 * AMOUNT);
    const refused = await transitionRequest(db(), a.coordinatore, r3 as string, {
      action: "approva",
      nota: "Ok.",
    }).catch((e) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused.details).toMatchObject({ reason: "budget" });
    const [still] = await db()
      .select({ stato: requests.stato })
      .from(requests)
      .where(eq(requests.id, r3 as string));
    expect(still?.stato).toBe("presentata");
    await transitionRequest(db(), a.asPavia, r1 as string, {
      action: "rinuncia",
      nota: "La famiglia rinuncia.",
    });
    expect(await committed(lineId)).toBe(AMOUNT);
    await transitionRequest(db(), a.coordinatore, r3 as string, {
      action: "approva",
      nota: "Ora ci sono i fondi.",
    });
    expect(await committed(lineId)).toBe(2 * AMOUNT);
  });

  it("never over-commits when approvals race", async () => {
    const total = driver === "postgres" ? 200 : 40;
    const fits = driver === "postgres" ? 37 : 7;
    const { bandoId, lineId } = await bandoWithBudget(fits * AMOUNT);
    const ids = await requestsUnder(bandoId, total);
    // On PostgreSQL each approval runs on its own connection from a pool of 40.
    let racing: DbHandle | null = null;
    if (driver === "postgres") racing = openDb({ databaseUrl: t.url, poolSize: 40 });
    const target = racing?.db ?? db();
    const results = await Promise.allSettled(
      ids.map((id) =>
        transitionRequest(target, a.coordinatore, id, { action: "approva", nota: "In gara." }),
      ),
    );
    await racing?.close();
    const approved = results.filter((r) => r.status === "fulfilled").length;
    const refusedForBudget = results.filter(
      (r) => r.status === "rejected" && r.reason instanceof ConflictError,
    ).length;
    expect(approved).toBe(fits);
    expect(refusedForBudget).toBe(total - fits);
    expect(await committed(lineId)).toBe(fits * AMOUNT);
    const [line] = await db().select().from(budgetLines).where(eq(budgetLines.id, lineId));
    expect(Number(line?.stanziato) - Number(line?.impegnato)).toBeGreaterThanOrEqual(0);
    const twice = await db()
      .select({ id: requestEvents.requestId, n: sql<number>`count(*)::int` })
      .from(requestEvents)
      .innerJoin(requests, eq(requests.id, requestEvents.requestId))
      .where(and(eq(requests.bandoId, bandoId), eq(requestEvents.aStato, "approvata")))
      .groupBy(requestEvents.requestId);
    expect(twice).toHaveLength(fits);
    expect(twice.every((r) => r.n === 1)).toBe(true);
  });
});
