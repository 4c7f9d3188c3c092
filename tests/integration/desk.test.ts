import { and, eq, isNull, lte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bandi, instalments, iseeAttestations, plans, requests } from "@/db/schema";
import { createAppointment } from "@/lib/data/appointments";
import { openCase } from "@/lib/data/cases";
import { getDesk } from "@/lib/data/desk";
import { ForbiddenError } from "@/lib/data/errors";
import { createPerson } from "@/lib/data/persons";
import { createRequest } from "@/lib/data/requests";
import { addDays, romeDate } from "@/lib/domain/dates";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, personInput, requestInput } from "../support/fixtures";

describe.each(DRIVERS)("the desk on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let measure: string;
  const db = () => t.handle.db;
  const today = romeDate(new Date());
  const ids = {
    paviaOverdue: "",
    cavaOverdue: "",
    paviaSoon: "",
    paviaWaiting: "",
    paviaObserved: "",
    paviaEnding: "",
  };
  let iseePerson = "";

  async function request(
    comune: "Pavia" | "Cava Manara",
    set: Partial<typeof requests.$inferInsert>,
  ) {
    const actor = comune === "Pavia" ? a.asPavia : a.asCava;
    const p = await createPerson(db(), actor, await personInput(db(), comune));
    const r = await createRequest(db(), actor, requestInput(p.id, measure));
    await db().update(requests).set(set).where(eq(requests.id, r.id));
    return { requestId: r.id, personId: p.id };
  }

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    measure = await measureId(db());
    // Far in the past, so that they come first among whatever the demo data holds.
    ids.paviaOverdue = (
      await request("Pavia", { scadenzaTermine: addDays(today, -400) })
    ).requestId;
    ids.cavaOverdue = (
      await request("Cava Manara", { scadenzaTermine: addDays(today, -399) })
    ).requestId;
    ids.paviaSoon = (await request("Pavia", { scadenzaTermine: today })).requestId;
    // Waiting on the applicant's documents: the clock is stopped, so not overdue though past.
    ids.paviaWaiting = (
      await request("Pavia", {
        stato: "integrazione_richiesta",
        sospesoDal: addDays(today, -2),
        scadenzaTermine: addDays(today, -401),
        integrazioneUsata: true,
      })
    ).requestId;
    // A preavviso whose 10 days of observations are over: the decision is due.
    ids.paviaObserved = (
      await request("Pavia", {
        stato: "preavviso_rigetto",
        sospesoDal: addDays(today, -12),
        preavvisoIl: addDays(today, -12),
        scadenzaTermine: addDays(today, 5),
      })
    ).requestId;
    ids.paviaEnding = (
      await request("Pavia", {
        stato: "in_erogazione",
        dataInizio: addDays(today, -340),
        dataFine: addDays(today, 10),
      })
    ).requestId;
    const withIsee = await request("Pavia", { scadenzaTermine: addDays(today, 20) });
    iseePerson = withIsee.personId;
    await db()
      .insert(iseeAttestations)
      .values({
        ambitoId: a.asPavia.ambitoId,
        personId: iseePerson,
        tipo: "ordinario",
        valore: "9000.00",
        protocolloDsu: "INPS-ISEE-2026-DESK",
        dataPresentazione: addDays(today, -335),
        scadenza: addDays(today, -29),
        annoDsu: 2026,
      });
  });
  afterAll(async () => t?.close());

  it("shows a worker the overdue, due and waiting requests of their comune only", async () => {
    const d = await getDesk(db(), a.asPavia);
    expect(d.detail).toBe(true);
    const overdue = d.overdue.rows.map((r) => r.id);
    expect(overdue).toContain(ids.paviaOverdue);
    expect(overdue).not.toContain(ids.cavaOverdue);
    expect(overdue).not.toContain(ids.paviaWaiting);
    const row = d.overdue.rows.find((r) => r.id === ids.paviaOverdue);
    expect(row?.giorni).toBe(400);
    expect(row?.scadenza).toBe(addDays(today, -400));
    expect(row?.protocollo).toMatch(/^\d{4}\/\d{6}$/);
    expect(d.overdue.total).toBeGreaterThanOrEqual(d.overdue.rows.length);
    expect(d.overdue.rows.length).toBeLessThanOrEqual(10);

    const soon = d.dueSoon.rows.find((r) => r.id === ids.paviaSoon);
    expect(soon?.giorni).toBe(0);
    const waiting = d.waiting.rows.find((r) => r.id === ids.paviaWaiting);
    expect(waiting).toMatchObject({
      stato: "integrazione_richiesta",
      dal: addDays(today, -2),
      finoAl: addDays(today, 28),
      finito: false,
      comune: "Pavia",
    });
    const observed = d.waiting.rows.find((r) => r.id === ids.paviaObserved);
    expect(observed).toMatchObject({ finoAl: addDays(today, -2), finito: true });
    expect(d.benefitsEnding.rows.find((r) => r.id === ids.paviaEnding)?.dataFine).toBe(
      addDays(today, 10),
    );
    expect(d.instalmentsDue).toBeNull();
    expect(d.bandi).toBeNull();

    const cava = await getDesk(db(), a.asCava);
    const cavaIds = cava.overdue.rows.map((r) => r.id);
    expect(cavaIds).toContain(ids.cavaOverdue);
    expect(cavaIds).not.toContain(ids.paviaOverdue);
    expect(cava.isee.rows.map((r) => r.personId)).not.toContain(iseePerson);
  });

  it("lists an ISEE attestation expired in the last 30 days of a person with an open request", async () => {
    const d = await getDesk(db(), a.asPavia);
    const row = d.isee.rows.find((r) => r.personId === iseePerson);
    expect(row).toMatchObject({ tipo: "ordinario", scadenza: addDays(today, -29), scaduta: true });
    // Renewed: the new attestation is far from expiry, and the old one is no longer a task.
    await db()
      .insert(iseeAttestations)
      .values({
        ambitoId: a.asPavia.ambitoId,
        personId: iseePerson,
        tipo: "ordinario",
        valore: "9100.00",
        protocolloDsu: "INPS-ISEE-2026-DESK2",
        dataPresentazione: today,
        scadenza: addDays(today, 200),
        annoDsu: 2026,
      });
    const after = await getDesk(db(), a.asPavia);
    expect(after.isee.rows.map((r) => r.personId)).not.toContain(iseePerson);
  });

  it("shows the coordinator the whole district, the instalments and the bandi", async () => {
    const d = await getDesk(db(), a.coordinatore);
    const overdue = d.overdue.rows.map((r) => r.id);
    expect(overdue).toContain(ids.paviaOverdue);
    expect(overdue).toContain(ids.cavaOverdue);
    const [due] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(instalments)
      .where(
        and(
          isNull(instalments.liquidataIl),
          lte(instalments.competenza, `${today.slice(0, 7)}-01`),
        ),
      );
    expect(d.instalmentsDue?.count).toBe(due?.n);
    expect(Number(d.instalmentsDue?.sum)).toBeGreaterThanOrEqual(0);

    const [bando] = await db().select({ id: bandi.id }).from(bandi).limit(1);
    await db()
      .update(bandi)
      .set({ apertura: addDays(today, -20), chiusura: addDays(today, 3), chiusoIl: null })
      .where(eq(bandi.id, bando?.id ?? ""));
    const after = await getDesk(db(), a.coordinatore);
    expect(after.bandi?.rows.find((b) => b.id === bando?.id)?.motivo).toBe("in_chiusura");
  });

  it("gives the comune administrator counts without names", async () => {
    const d = await getDesk(db(), a.comunePavia);
    expect(d.detail).toBe(false);
    expect(d.overdue.total).toBeGreaterThanOrEqual(1);
    for (const list of [d.overdue, d.dueSoon, d.waiting, d.isee, d.benefitsEnding])
      expect(list.rows).toEqual([]);
    const worker = await getDesk(db(), a.asPavia);
    expect(d.overdue.total).toBe(worker.overdue.total);
  });

  it("shows a worker their cartelle, overdue plan reviews and today's appointments", async () => {
    const p = await createPerson(db(), a.asPavia, await personInput(db(), "Pavia"));
    const kase = await openCase(db(), a.asPavia, p.id, { area: "anziani" });
    await db()
      .insert(plans)
      .values({
        ambitoId: a.asPavia.ambitoId,
        caseId: kase.id,
        titolo: "Progetto di domiciliarità",
        dataInizio: addDays(today, -200),
        prossimaVerifica: addDays(today, -3),
      });
    const visit = await createAppointment(db(), a.asPavia, {
      tipo: "visita_domiciliare",
      data: today,
      oraInizio: "06:00",
      oraFine: "06:15",
      caseId: kase.id,
    });
    const d = await getDesk(db(), a.asPavia);
    expect(d.caseload.cases?.rows.map((c) => c.id)).toContain(kase.id);
    expect(d.caseload.cases?.total).toBeGreaterThanOrEqual(1);
    expect(d.caseload.reviews?.rows.find((r) => r.caseId === kase.id)?.prossimaVerifica).toBe(
      addDays(today, -3),
    );
    const item = d.caseload.today?.find((i) => i.id === visit.id);
    // Surname first, as the fixtures name test persons (T…est).
    expect(item?.persona).toMatch(/^T[a-z]+est Pr/);

    // The other comune's worker sees none of it; the coordinator sees the review, not the caseload.
    const cava = await getDesk(db(), a.asCava);
    expect(cava.caseload.cases?.rows.map((c) => c.id)).not.toContain(kase.id);
    expect(cava.caseload.reviews?.rows.map((r) => r.caseId)).not.toContain(kase.id);
    expect(cava.caseload.today?.map((i) => i.id)).not.toContain(visit.id);
    const coord = await getDesk(db(), a.coordinatore);
    expect(coord.caseload.cases).toBeNull();
    expect(coord.caseload.today).toBeNull();
    expect(coord.caseload.reviews?.rows.map((r) => r.caseId)).toContain(kase.id);
    const admin = await getDesk(db(), a.comunePavia);
    expect(admin.caseload).toEqual({ cases: null, reviews: null, today: null });
  });

  it("refuses the system administrator", async () => {
    await expect(getDesk(db(), a.admin)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
