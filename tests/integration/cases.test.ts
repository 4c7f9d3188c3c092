import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, caseEvents, cases, caseTeam } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { changeCaseTeam } from "@/lib/data/case-team";
import { changeCaseStatus, getCaseOverview, listMyCases, openCase } from "@/lib/data/cases";
import { DataError } from "@/lib/data/errors";
import { createPerson } from "@/lib/data/persons";
import { withActor } from "@/lib/data/scoped";
import { moveOutOfDistrict, requestTransfer } from "@/lib/data/transfers";
import { distinctPersonInput, extraWorker } from "../support/cases";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";

const statusOf = (e: unknown) => (e instanceof DataError ? e.status : e);

describe.each(DRIVERS)("presa in carico on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let second: Actor;
  const db = () => t.handle.db;
  const newCase = async (area = "anziani", by: Actor = a.asPavia) => {
    const p = await createPerson(db(), by, await distinctPersonInput(db(), "Pavia"));
    const c = await openCase(db(), by, p.id, { area, motivo: "Segnalazione dei vicini." });
    return { personId: p.id, caseId: c.id };
  };
  const row = async (id: string) =>
    (
      await db()
        .select({
          stato: cases.stato,
          chiusaIl: cases.chiusaIl,
          motivoChiusura: cases.motivoChiusura,
          operatoreId: cases.operatoreId,
        })
        .from(cases)
        .where(eq(cases.id, id))
    )[0];

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    second = await extraWorker(db(), a.asPavia, "Pavia");
  });
  afterAll(async () => t?.close());

  it("walks the status machine and keeps every step in the history", async () => {
    const { caseId } = await newCase();
    const status = (input: unknown) => changeCaseStatus(db(), a.asPavia, caseId, input);
    expect((await status({ azione: "sospendi", motivo: "Ricovero" })).stato).toBe("sospesa");
    await expect(status({ azione: "sospendi" })).rejects.toMatchObject({ status: 409 });
    expect((await status({ azione: "riprendi" })).stato).toBe("aperta");
    await expect(status({ azione: "chiudi" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { motivo: [expect.stringMatching(/motivo/)] },
    });
    await expect(status({ azione: "chiudi", motivo: "   " })).rejects.toMatchObject({
      status: 422,
    });
    await expect(status({ azione: "elimina" })).rejects.toMatchObject({ status: 422 });
    expect((await row(caseId))?.stato).toBe("aperta");
    expect((await status({ azione: "chiudi", motivo: "Obiettivi raggiunti" })).stato).toBe(
      "chiusa",
    );
    const closed = await row(caseId);
    expect(closed?.chiusaIl).toBeInstanceOf(Date);
    expect(closed?.motivoChiusura).toBe("Obiettivi raggiunti");
    await expect(status({ azione: "riprendi" })).rejects.toMatchObject({ status: 409 });
    expect((await status({ azione: "riapri", motivo: "Nuova richiesta" })).stato).toBe("aperta");
    expect(await row(caseId)).toMatchObject({ chiusaIl: null, motivoChiusura: null });

    const overview = await getCaseOverview(db(), a.asPavia, caseId);
    expect(overview.history.map((e) => [e.evento, e.statoDa, e.statoA]).reverse()).toEqual([
      ["aperta", null, "aperta"],
      ["sospesa", "aperta", "sospesa"],
      ["ripresa", "sospesa", "aperta"],
      ["chiusa", "aperta", "chiusa"],
      ["riaperta", "chiusa", "aperta"],
    ]);
    expect(overview.history.every((e) => e.autore === a.asPavia.nome)).toBe(true);
    expect(overview.history.find((e) => e.evento === "chiusa")?.motivo).toBe("Obiettivi raggiunti");
    expect(overview.team).toEqual([
      expect.objectContaining({ userId: a.asPavia.id, referente: true }),
    ]);
    expect(overview.actions).toEqual(["sospendi", "chiudi"]);
    expect(overview.candidates.map((c) => c.userId)).toEqual([second.id]);
    expect(overview.counts).toMatchObject({ diary: 0, activePlans: 0, documents: 0 });
    const transitions = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.entitaId, caseId), eq(auditLog.azione, "transition")));
    expect(transitions[0]?.n).toBe(4);
  });

  it("lets only one of two concurrent closes through", async () => {
    const { caseId } = await newCase("disabili");
    const close = (motivo: string) =>
      changeCaseStatus(db(), a.asPavia, caseId, { azione: "chiudi", motivo }).then(
        () => "ok",
        (e) => statusOf(e),
      );
    const outcomes = await Promise.all([close("Primo"), close("Secondo")]);
    expect(outcomes.sort()).toEqual([409, "ok"]);
    const closes = await db()
      .select({ motivo: caseEvents.motivo })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.evento, "chiusa")));
    expect(closes).toHaveLength(1);
    expect((await row(caseId))?.motivoChiusura).toBe(closes[0]?.motivo);
  });

  it("refuses to reopen when the person has another cartella open in the area", async () => {
    const { personId, caseId } = await newCase("minori");
    await changeCaseStatus(db(), a.asPavia, caseId, { azione: "chiudi", motivo: "Fine" });
    const again = await openCase(db(), a.asPavia, personId, { area: "minori" });
    await expect(
      changeCaseStatus(db(), a.asPavia, caseId, { azione: "riapri" }),
    ).rejects.toMatchObject({ status: 409, details: { cartellaId: again.id } });
    expect((await row(caseId))?.stato).toBe("chiusa");
    await changeCaseStatus(db(), a.asPavia, again.id, { azione: "chiudi", motivo: "Doppia" });
    expect((await changeCaseStatus(db(), a.asPavia, caseId, { azione: "riapri" })).stato).toBe(
      "aperta",
    );
  });

  it("never deletes a cartella: the application role has no DELETE on it", async () => {
    const { caseId } = await newCase("immigrazione");
    await expect(
      withActor(db(), a.asPavia, (tx) => tx.delete(cases).where(eq(cases.id, caseId))),
    ).rejects.toThrow();
    expect(await row(caseId)).toBeDefined();
  });

  it("keeps the équipe to active workers of the comune, with one referente", async () => {
    const { caseId } = await newCase("salute_mentale");
    const team = (input: unknown, actor: Actor = a.asPavia) =>
      changeCaseTeam(db(), actor, caseId, input);
    await expect(team({ azione: "aggiungi", utenteId: a.asCava.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { utenteId: [expect.any(String)] },
    });
    await expect(team({ azione: "aggiungi", utenteId: a.comunePavia.id })).rejects.toMatchObject({
      status: 422,
    });
    const inactive = await extraWorker(db(), a.asPavia, "Pavia", { attivo: false });
    await expect(team({ azione: "aggiungi", utenteId: inactive.id })).rejects.toMatchObject({
      status: 422,
    });
    await expect(team({ azione: "aggiungi", utenteId: "not-a-uuid" })).rejects.toMatchObject({
      status: 422,
    });

    const added = await team({ azione: "aggiungi", utenteId: second.id });
    expect(added.map((m) => [m.userId, m.referente])).toEqual([
      [a.asPavia.id, true],
      [second.id, false],
    ]);
    await expect(team({ azione: "aggiungi", utenteId: second.id })).rejects.toMatchObject({
      status: 422,
    });
    await expect(team({ azione: "rimuovi", utenteId: a.asPavia.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { nuovoReferenteId: [expect.any(String)] },
    });
    // The second worker, now on the team, may manage it too.
    await team({ azione: "referente", utenteId: second.id }, second);
    expect((await row(caseId))?.operatoreId).toBe(second.id);
    const after = await team({ azione: "rimuovi", utenteId: a.asPavia.id });
    expect(after.map((m) => [m.userId, m.referente])).toEqual([[second.id, true]]);
    const rows = await db()
      .select({ userId: caseTeam.userId, alIl: caseTeam.alIl })
      .from(caseTeam)
      .where(eq(caseTeam.caseId, caseId));
    expect(rows.find((r) => r.userId === a.asPavia.id)?.alIl).toBeInstanceOf(Date);
    // Removing the referente with a successor hands over in one step.
    await team({ azione: "aggiungi", utenteId: a.asPavia.id });
    const handed = await team({
      azione: "rimuovi",
      utenteId: second.id,
      nuovoReferenteId: a.asPavia.id,
    });
    expect(handed.map((m) => [m.userId, m.referente])).toEqual([[a.asPavia.id, true]]);
    expect((await row(caseId))?.operatoreId).toBe(a.asPavia.id);

    const events = (await getCaseOverview(db(), a.asPavia, caseId)).history.filter(
      (e) => e.evento === "equipe",
    );
    expect(events.map((e) => e.dettagli).reverse()).toEqual([
      `Entra nell'équipe: ${second.nome}`,
      `Referente: ${second.nome}`,
      `Esce dall'équipe: ${a.asPavia.nome}`,
      `Entra nell'équipe: ${a.asPavia.nome}`,
      `Referente: ${a.asPavia.nome}`,
      `Esce dall'équipe: ${second.nome}`,
    ]);

    await changeCaseStatus(db(), a.asPavia, caseId, { azione: "chiudi", motivo: "Fine" });
    await expect(team({ azione: "aggiungi", utenteId: second.id })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("answers by role and comune", async () => {
    const { caseId } = await newCase("adulti_difficolta");
    const overview = await getCaseOverview(db(), a.comunePavia, caseId);
    expect(overview.canManage).toBe(false);
    expect(overview.actions).toEqual([]);
    expect(overview.candidates).toEqual([]);
    expect(overview.counts).toEqual({
      diary: null,
      activePlans: null,
      documents: null,
      upcomingAppointments: null,
    });
    expect((await getCaseOverview(db(), a.coordinatore, caseId)).counts.diary).toBe(0);
    await expect(
      changeCaseStatus(db(), a.comunePavia, caseId, { azione: "sospendi" }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      changeCaseStatus(db(), a.coordinatore, caseId, { azione: "sospendi" }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(getCaseOverview(db(), a.asCava, caseId)).rejects.toMatchObject({ status: 404 });
    await expect(
      changeCaseStatus(db(), a.asCava, caseId, { azione: "sospendi" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      changeCaseTeam(db(), a.asCava, caseId, { azione: "aggiungi", utenteId: a.asCava.id }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(getCaseOverview(db(), a.asPavia, "nope")).rejects.toMatchObject({
      status: 404,
    });
    expect((await row(caseId))?.stato).toBe("aperta");
  });

  it("lists the worker's own cases a page at a time", async () => {
    const mine: string[] = [];
    for (const area of ["anziani", "disabili", "minori"])
      mine.push((await newCase(area, second)).caseId);
    await changeCaseStatus(db(), second, mine[0] as string, { azione: "chiudi", motivo: "Fine" });
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await listMyCases(db(), second, { limit: 1, after });
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(expect.arrayContaining(mine.slice(1)));
    expect(seen).not.toContain(mine[0]);
    expect(new Set(seen).size).toBe(seen.length);
    const first = await listMyCases(db(), second, { limit: 100 });
    expect(first.rows.every((r) => r.person.cognome.length > 0)).toBe(true);
    expect((await listMyCases(db(), a.asCava)).rows.some((r) => mine.includes(r.id))).toBe(false);
    await expect(listMyCases(db(), second, { after: "garbage" })).rejects.toMatchObject({
      status: 422,
    });
    await expect(listMyCases(db(), a.admin)).rejects.toMatchObject({ status: 403 });
  });

  it("answers random input with a typed 4xx and writes nothing on failure", async () => {
    const { personId, caseId } = await newCase("anziani");
    const eventsOf = async () =>
      (
        await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(caseEvents)
          .where(eq(caseEvents.caseId, caseId))
      )[0]?.n;
    const ops: ((input: unknown) => Promise<unknown>)[] = [
      (input) => changeCaseStatus(db(), a.asPavia, caseId, input),
      (input) => changeCaseTeam(db(), a.asPavia, caseId, input),
      (input) => requestTransfer(db(), a.asPavia, personId, input),
      (input) => moveOutOfDistrict(db(), a.asPavia, personId, input),
    ];
    const input = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({
        azione: fc.constantFrom("sospendi", "chiudi", "aggiungi", "rimuovi", "x"),
        motivo: fc.oneof(fc.string(), fc.integer()),
        utenteId: fc.oneof(fc.uuid(), fc.string()),
        aComuneId: fc.oneof(fc.uuid(), fc.string()),
        data: fc.string(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: ops.length - 1 }), input, async (i, value) => {
        const before = await eventsOf();
        try {
          await ops[i]?.(value);
        } catch (e) {
          if (!(e instanceof DataError)) throw e;
          expect(e.status).toBeLessThan(500);
          expect(await eventsOf()).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});
