import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDb } from "@/db/client";
import { closeEndedBenefitsEverywhere } from "@/db/close-benefits";
import { auditLog, bandi, budgetLines, instalments, requestEvents, requests } from "@/db/schema";
import {
  cancelPendingInstalments,
  closeEndedBenefits,
  createPaymentSchedule,
  listInstalments,
  recordPayment,
} from "@/lib/data/delivery";
import {
  ConflictError,
  DataError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from "@/lib/data/errors";
import { createPerson } from "@/lib/data/persons";
import { createRequest, transitionRequest } from "@/lib/data/requests";
import { withActor } from "@/lib/data/scoped";
import { romeDate } from "@/lib/domain/dates";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { startErogazione } from "../support/delivery";
import { measureId, personInput, requestInput } from "../support/fixtures";

describe.each(DRIVERS)("delivery of approved benefits on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let measure: string;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    measure = await measureId(db());
  });
  afterAll(async () => t?.close());

  /** A Pavia request for 100 € × 12 months, approved by the coordinator. */
  async function approved(
    set: Partial<{ dataInizio: string; oreMensili: string; bandoId: string }> = {},
  ) {
    const p = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
    const { id } = await createRequest(db(), a.asPavia, requestInput(p.id, measure));
    if (Object.keys(set).length) await db().update(requests).set(set).where(eq(requests.id, id));
    await transitionRequest(db(), a.coordinatore, id, { action: "approva", nota: "Approvata." });
    return id;
  }

  async function inErogazione(set: Parameters<typeof approved>[0] = {}) {
    const id = await approved(set);
    await startErogazione(db(), a.coordinatore, id);
    return id;
  }

  async function bandoLine(): Promise<string> {
    const [b] = await db()
      .insert(bandi)
      .values({
        ambitoId: a.coordinatore.ambitoId,
        measureId: measure,
        titolo: "Bando per le erogazioni",
        periodoInizio: "2026-01-01",
        periodoFine: "2026-12-31",
        apertura: "2026-01-01",
        chiusura: "2026-12-31",
        modalita: "ordine_arrivo",
      })
      .returning({ id: bandi.id });
    await db()
      .insert(budgetLines)
      .values({
        ambitoId: a.coordinatore.ambitoId,
        bandoId: b?.id as string,
        stanziato: "5000.00",
      });
    return b?.id as string;
  }

  const rowsOf = (requestId: string) =>
    db()
      .select()
      .from(instalments)
      .where(eq(instalments.requestId, requestId))
      .orderBy(asc(instalments.progressivo));

  const lineOf = async (requestId: string) => {
    const [row] = await db()
      .select({ pagato: budgetLines.pagato, impegnato: budgetLines.impegnato })
      .from(requests)
      .innerJoin(budgetLines, eq(budgetLines.id, requests.budgetLineId))
      .where(eq(requests.id, requestId));
    return row;
  };

  it("writes one instalment a month from the month of the start date, and the end date", async () => {
    const id = await inErogazione({ dataInizio: "2090-03-15", oreMensili: "20.00" });
    const rows = await rowsOf(id);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ progressivo: 1, competenza: "2090-03-01", importo: "100.00" });
    expect(rows[11]).toMatchObject({ progressivo: 12, competenza: "2091-02-01" });
    expect(rows.every((r) => r.importo === "100.00" && r.ore === "20.00" && !r.liquidataIl)).toBe(
      true,
    );
    const [r] = await db()
      .select({ dataFine: requests.dataFine, stato: requests.stato })
      .from(requests)
      .where(eq(requests.id, id));
    expect(r).toEqual({ dataFine: "2091-02-28", stato: "in_erogazione" });
    const again = await withActor(db(), a.coordinatore, (tx) =>
      createPaymentSchedule(tx, id),
    ).catch((e) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect(await rowsOf(id)).toHaveLength(12);
  });

  it("starts today in Italy when the request has no start date", async () => {
    const id = await inErogazione();
    const today = romeDate(new Date());
    const [first] = await rowsOf(id);
    expect(first?.competenza).toBe(`${today.slice(0, 7)}-01`);
    const [r] = await db()
      .select({ dataInizio: requests.dataInizio })
      .from(requests)
      .where(eq(requests.id, id));
    expect(r?.dataInizio).toBe(today);
  });

  it("lists the schedule with totals to whoever reads the request, and not to another comune", async () => {
    const id = await inErogazione({ dataInizio: "2090-01-01" });
    const list = await listInstalments(db(), a.coordinatore, id);
    expect(list.rows).toHaveLength(12);
    expect(list.totals).toEqual({ scheduled: "1200.00", paid: "0.00", remaining: "1200.00" });
    expect(list.canPay).toBe(true);
    const worker = await listInstalments(db(), a.asPavia, id);
    expect(worker.rows).toHaveLength(12);
    expect(worker.canPay).toBe(false);
    expect(await listInstalments(db(), a.comunePavia, id)).toMatchObject({ canPay: false });
    await expect(listInstalments(db(), a.asCava, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listInstalments(db(), a.admin, id)).rejects.toBeInstanceOf(Error);
    await expect(listInstalments(db(), a.coordinatore, "non-un-id")).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("records a payment once, adds it to the budget line, and logs it", async () => {
    const bandoId = await bandoLine();
    const id = await inErogazione({ dataInizio: "2090-01-01", bandoId });
    expect(await lineOf(id)).toEqual({ pagato: "0.00", impegnato: "1200.00" });
    const [first] = await rowsOf(id);
    const paid = await recordPayment(db(), a.coordinatore, id, first?.id as string, {
      riferimento: " Mandato 2090/17 ",
      pagataIl: "2026-01-10",
    });
    expect(paid.importo).toBe("100.00");
    expect(romeDate(paid.liquidataIl)).toBe("2026-01-10");
    const [row] = await rowsOf(id);
    expect(row).toMatchObject({ riferimento: "Mandato 2090/17", liquidataDa: a.coordinatore.id });
    expect((await lineOf(id))?.pagato).toBe("100.00");

    const twice = await recordPayment(db(), a.coordinatore, id, first?.id as string, {
      riferimento: "Mandato bis",
    }).catch((e) => e);
    expect(twice).toBeInstanceOf(ConflictError);
    expect((await lineOf(id))?.pagato).toBe("100.00");
    expect((await rowsOf(id))[0]?.riferimento).toBe("Mandato 2090/17");

    const list = await listInstalments(db(), a.coordinatore, id);
    expect(list.totals).toEqual({ scheduled: "1200.00", paid: "100.00", remaining: "1100.00" });
    expect(list.rows[0]?.liquidataDa).toBe(a.coordinatore.nome);
    const logged = await db()
      .select({ azione: auditLog.azione })
      .from(auditLog)
      .where(and(eq(auditLog.entita, "rata_erogazione"), eq(auditLog.entitaId, paid.id)));
    expect(logged).toEqual([{ azione: "update" }]);
  });

  it("pays an instalment once when coordinators race for it", async () => {
    const bandoId = await bandoLine();
    const id = await inErogazione({ dataInizio: "2090-01-01", bandoId });
    const [, second] = await rowsOf(id);
    // On PostgreSQL each attempt runs on its own connection.
    let racing: DbHandle | null = null;
    if (driver === "postgres") racing = openDb({ databaseUrl: t.url, poolSize: 10 });
    const target = racing?.db ?? db();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        recordPayment(target, a.coordinatore, id, second?.id as string, {
          riferimento: `Mandato ${i}`,
        }),
      ),
    );
    await racing?.close();
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(9);
    for (const r of refused)
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect((await lineOf(id))?.pagato).toBe("100.00");
  });

  it("lets only who may pay record a payment", async () => {
    const id = await inErogazione({ dataInizio: "2090-01-01" });
    const [first] = await rowsOf(id);
    for (const who of [a.asPavia, a.comunePavia, a.admin]) {
      await expect(
        recordPayment(db(), who, id, first?.id as string, { riferimento: "Mandato 1" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(
      recordPayment(db(), a.coordinatore, id, "00000000-0000-4000-8000-000000000000", {
        riferimento: "Mandato 1",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await rowsOf(id)).every((r) => !r.liquidataIl)).toBe(true);
  });

  it.each([
    [{ riferimento: "" }, "riferimento"],
    [{ riferimento: "   " }, "riferimento"],
    [{ riferimento: "x".repeat(61) }, "riferimento"],
    [{}, "riferimento"],
    [{ riferimento: "Mandato", pagataIl: "2026-02-30" }, "pagataIl"],
    [{ riferimento: "Mandato", pagataIl: "2999-01-01" }, "pagataIl"],
    [{ riferimento: "Mandato", altro: 1 }, "_"],
  ])("refuses %j as a field error on %s and writes nothing", async (input, field) => {
    const bandoId = await bandoLine();
    const id = await inErogazione({ dataInizio: "2090-01-01", bandoId });
    const [first] = await rowsOf(id);
    const e = await recordPayment(db(), a.coordinatore, id, first?.id as string, input).catch(
      (x) => x,
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect(Object.keys((e as ValidationError).fieldErrors)).toContain(field);
    expect((await rowsOf(id)).every((r) => !r.liquidataIl)).toBe(true);
    expect((await lineOf(id))?.pagato).toBe("0.00");
  });

  it("answers random input with a payment or a typed 4xx, and a refusal writes nothing", async () => {
    const bandoId = await bandoLine();
    const id = await inErogazione({ dataInizio: "2090-01-01", bandoId });
    const ids = (await rowsOf(id)).map((r) => r.id);
    const paidCount = async () =>
      (
        await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(instalments)
          .where(and(eq(instalments.requestId, id), isNotNull(instalments.liquidataIl)))
      )[0]?.n ?? 0;
    const input = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.record(
        {
          riferimento: fc.oneof(fc.string({ maxLength: 80 }), fc.jsonValue()),
          pagataIl: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    );
    const instalment = fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.string());
    await fc.assert(
      fc.asyncProperty(instalment, input, async (instalmentId, body) => {
        const before = { paid: await paidCount(), line: await lineOf(id) };
        try {
          await recordPayment(db(), a.coordinatore, id, instalmentId, body);
          expect(await paidCount()).toBe(before.paid + 1);
        } catch (e) {
          if (!(e instanceof DataError)) throw e;
          expect(e.status).toBeLessThan(500);
          expect({ paid: await paidCount(), line: await lineOf(id) }).toEqual(before);
        }
      }),
      { numRuns: Math.min(Number(process.env.FUZZ_RUNS ?? 200), 200) },
    );
    const line = await lineOf(id);
    expect(Number(line?.pagato)).toBe((await paidCount()) * 100);
  });

  it("refuses payments on a request that is not in erogazione", async () => {
    const id = await inErogazione({ dataInizio: "2090-01-01" });
    const [first] = await rowsOf(id);
    await transitionRequest(db(), a.coordinatore, id, { action: "revoca", nota: "Decaduta." });
    const e = await recordPayment(db(), a.coordinatore, id, first?.id as string, {
      riferimento: "Mandato 1",
    }).catch((x) => x);
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.details).toMatchObject({ stato: "revocata" });
    const approvedOnly = await approved();
    await expect(
      recordPayment(db(), a.coordinatore, approvedOnly, first?.id as string, {
        riferimento: "Mandato 1",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("cancels the unpaid instalments and answers their total, keeping those paid", async () => {
    const id = await inErogazione({ dataInizio: "2090-01-01" });
    const [first, second] = await rowsOf(id);
    for (const r of [first, second])
      await recordPayment(db(), a.coordinatore, id, r?.id as string, { riferimento: "M" });
    const { unpaid } = await withActor(db(), a.coordinatore, (tx) =>
      cancelPendingInstalments(tx, id),
    );
    expect(unpaid).toBe("1000.00");
    const left = await rowsOf(id);
    expect(left.map((r) => r.progressivo)).toEqual([1, 2]);
    const again = await withActor(db(), a.coordinatore, (tx) => cancelPendingInstalments(tx, id));
    expect(again.unpaid).toBe("0.00");
  });

  it("concludes the benefits past their end date, and only those", async () => {
    const ended = await inErogazione({ dataInizio: "2020-01-01" });
    const running = await inErogazione({ dataInizio: "2090-01-01" });
    await expect(closeEndedBenefits(db(), a.asPavia)).rejects.toBeInstanceOf(ForbiddenError);
    const n = await closeEndedBenefits(db(), a.coordinatore, "2021-01-01");
    expect(n).toBe(1);
    const states = await db()
      .select({ id: requests.id, stato: requests.stato })
      .from(requests)
      .where(eq(requests.stato, "conclusa"));
    expect(states.map((s) => s.id)).toContain(ended);
    expect(states.map((s) => s.id)).not.toContain(running);
    const [event] = await db()
      .select()
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, ended), eq(requestEvents.aStato, "conclusa")));
    expect(event).toMatchObject({
      azione: "concludi",
      daStato: "in_erogazione",
      nota: "Conclusa alla data di fine",
      actorId: a.coordinatore.id,
    });
    expect(await closeEndedBenefits(db(), a.coordinatore, "2021-01-01")).toBe(0);
    await expect(closeEndedBenefits(db(), a.coordinatore, "ieri")).rejects.toBeInstanceOf(
      ValidationError,
    );

    // What npm run benefits:close does: each ambito as its coordinator.
    const another = await inErogazione({ dataInizio: "2020-02-01" });
    expect(await closeEndedBenefitsEverywhere(db(), "2021-06-01")).toEqual([
      { ambito: expect.any(String), coordinatore: a.coordinatore.email, concluse: 1 },
    ]);
    const [closedToo] = await db()
      .select({ stato: requests.stato })
      .from(requests)
      .where(eq(requests.id, another));
    expect(closedToo?.stato).toBe("conclusa");

    // The last months are often paid after the end: a concluded benefit still takes them.
    const last = (await rowsOf(ended)).at(-1);
    await recordPayment(db(), a.coordinatore, ended, last?.id as string, {
      riferimento: "Mandato a saldo",
    });
    expect((await rowsOf(ended)).at(-1)?.liquidataIl).not.toBeNull();
  });
});
