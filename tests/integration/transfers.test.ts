import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointments, caseTeam, comuni, persons, requests, transfers } from "@/db/schema";
import { changeCaseStatus, getCaseOverview, openCase } from "@/lib/data/cases";
import { DataError } from "@/lib/data/errors";
import { createPerson, getPerson } from "@/lib/data/persons";
import { createRequest, getRequest, listRequests } from "@/lib/data/requests";
import {
  acceptTransfer,
  cancelTransfer,
  listTransfers,
  moveOutOfDistrict,
  pendingTransferOf,
  rejectTransfer,
  requestTransfer,
} from "@/lib/data/transfers";
import { distinctPersonInput } from "../support/cases";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, requestInput } from "../support/fixtures";

const statusOf = (e: unknown) => (e instanceof DataError ? e.status : e);

describe.each(DRIVERS)("transfers on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let cava: string;
  let pavia: string;
  let zinasco: string;
  const db = () => t.handle.db;
  const comune = async (nome: string) =>
    (await db().select({ id: comuni.id }).from(comuni).where(eq(comuni.nome, nome)))[0]?.id ?? "";

  /** A Pavia person with an open, a suspended and a closed cartella. */
  async function paviaPerson() {
    const p = await createPerson(db(), a.asPavia, await distinctPersonInput(db(), "Pavia"));
    const open = await openCase(db(), a.asPavia, p.id, { area: "anziani", motivo: "Segnalazione" });
    const suspended = await openCase(db(), a.asPavia, p.id, { area: "disabili" });
    await changeCaseStatus(db(), a.asPavia, suspended.id, { azione: "sospendi" });
    const closed = await openCase(db(), a.asPavia, p.id, { area: "minori" });
    await changeCaseStatus(db(), a.asPavia, closed.id, { azione: "chiudi", motivo: "Fine" });
    return { personId: p.id, open: open.id, suspended: suspended.id, closed: closed.id };
  }
  const ask = (personId: string, over: Record<string, unknown> = {}) =>
    requestTransfer(db(), a.asPavia, personId, {
      aComuneId: cava,
      motivo: "Cambio di residenza presso la figlia.",
      ...over,
    });

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    cava = await comune("Cava Manara");
    pavia = await comune("Pavia");
    zinasco = await comune("Zinasco");
  });
  afterAll(async () => t?.close());

  it("is asked by the person's comune, to another comune of the district, once at a time", async () => {
    const { personId } = await paviaPerson();
    await expect(
      requestTransfer(db(), a.asCava, personId, { aComuneId: zinasco, motivo: "Trasloco" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      requestTransfer(db(), a.comunePavia, personId, { aComuneId: cava, motivo: "Trasloco" }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(ask(personId, { aComuneId: pavia })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { aComuneId: [expect.any(String)] },
    });
    await expect(
      ask(personId, { aComuneId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(ask(personId, { motivo: "" })).rejects.toMatchObject({ status: 422 });
    const first = await ask(personId);
    await expect(ask(personId, { aComuneId: zinasco })).rejects.toMatchObject({ status: 409 });
    expect((await pendingTransferOf(db(), a.asPavia, personId))?.id).toBe(first.id);
    await cancelTransfer(db(), a.asPavia, first.id);
    expect(await pendingTransferOf(db(), a.asPavia, personId)).toBeNull();
  });

  it("shows the destination only what it needs, and only to its workers", async () => {
    const { personId } = await paviaPerson();
    const { id } = await ask(personId, { nuovoIndirizzo: "Via Garibaldi 3" });
    const person = await getPerson(db(), a.asPavia, personId);
    const incoming = (await listTransfers(db(), a.asCava, { direction: "in" })).find(
      (r) => r.id === id,
    );
    expect(incoming).toMatchObject({
      stato: "in_attesa",
      personId,
      person: { cognome: person.cognome, nome: person.nome, dataNascita: person.dataNascita },
      daComune: "Pavia",
      aComune: "Cava Manara",
      richiestoDa: a.asPavia.nome,
      nuovoIndirizzo: "Via Garibaldi 3",
    });
    expect([...(incoming?.aree ?? [])].sort()).toEqual(["anziani", "disabili"]);
    expect(Object.keys(incoming?.person ?? {}).sort()).toEqual(["cognome", "dataNascita", "nome"]);
    // Still invisible otherwise until accepted.
    await expect(getPerson(db(), a.asCava, personId)).rejects.toMatchObject({ status: 404 });
    expect(
      (await listTransfers(db(), a.asCava, { direction: "out" })).map((r) => r.id),
    ).not.toContain(id);
    expect((await listTransfers(db(), a.asPavia, { direction: "out" })).map((r) => r.id)).toContain(
      id,
    );
    expect(
      (await listTransfers(db(), a.asPavia, { direction: "in" })).map((r) => r.id),
    ).not.toContain(id);
    await expect(listTransfers(db(), a.coordinatore, { direction: "in" })).rejects.toMatchObject({
      status: 403,
    });
    await cancelTransfer(db(), a.asPavia, id);
  });

  it("moves the person and the open cartelle on acceptance, with their history", async () => {
    const c = await paviaPerson();
    const b2 = await measureId(db());
    const filed = await createRequest(db(), a.asPavia, requestInput(c.personId, b2));
    const future = new Date(Date.now() + 7 * 86_400_000);
    const past = new Date(Date.now() - 7 * 86_400_000);
    const hour = 3_600_000;
    const appt = async (inizio: Date) =>
      (
        await db()
          .insert(appointments)
          .values({
            ambitoId: a.asPavia.ambitoId,
            comuneId: pavia,
            operatoreId: a.asPavia.id,
            caseId: c.open,
            tipo: "visita_domiciliare",
            inizio,
            fine: new Date(inizio.getTime() + hour),
          })
          .returning({ id: appointments.id })
      )[0]?.id as string;
    const futureAppt = await appt(future);
    const pastAppt = await appt(past);

    const { id } = await ask(c.personId, { nuovoIndirizzo: "Via Garibaldi 3" });
    await expect(acceptTransfer(db(), a.asPavia, id)).rejects.toMatchObject({ status: 404 });
    await expect(acceptTransfer(db(), a.comunePavia, id)).rejects.toMatchObject({ status: 403 });
    await expect(acceptTransfer(db(), a.coordinatore, id)).rejects.toMatchObject({
      status: 403,
    });
    await expect(cancelTransfer(db(), a.asCava, id)).rejects.toMatchObject({ status: 404 });

    const done = await acceptTransfer(db(), a.asCava, id, { note: "Presa in carico" });
    expect(done.cartelle.sort()).toEqual([c.open, c.suspended].sort());

    const [moved] = await db()
      .select({ comuneId: persons.comuneId, indirizzo: persons.indirizzo })
      .from(persons)
      .where(eq(persons.id, c.personId));
    expect(moved).toEqual({ comuneId: cava, indirizzo: "Via Garibaldi 3" });
    expect((await getPerson(db(), a.asCava, c.personId)).comune).toBe("Cava Manara");
    await expect(getPerson(db(), a.asPavia, c.personId)).rejects.toMatchObject({ status: 404 });
    await expect(getCaseOverview(db(), a.asPavia, c.open)).rejects.toMatchObject({ status: 404 });

    const overview = await getCaseOverview(db(), a.asCava, c.open);
    expect(overview.stato).toBe("aperta");
    expect(overview.history[0]).toMatchObject({
      evento: "trasferita",
      dettagli: "da Pavia a Cava Manara",
      autore: a.asCava.nome,
    });
    expect(overview.history.at(-1)).toMatchObject({ evento: "aperta", autore: a.asPavia.nome });
    expect(overview.team).toEqual([
      expect.objectContaining({ userId: a.asCava.id, referente: true }),
    ]);
    expect((await getCaseOverview(db(), a.asCava, c.suspended)).stato).toBe("sospesa");
    // The closed cartella stays where it was closed.
    await expect(getCaseOverview(db(), a.asCava, c.closed)).rejects.toMatchObject({
      status: 404,
    });
    expect((await getCaseOverview(db(), a.asPavia, c.closed)).stato).toBe("chiusa");

    const oldTeam = await db()
      .select({ alIl: caseTeam.alIl })
      .from(caseTeam)
      .where(and(eq(caseTeam.caseId, c.open), eq(caseTeam.userId, a.asPavia.id)));
    expect(oldTeam.every((r) => r.alIl instanceof Date)).toBe(true);
    const appts = await db()
      .select({
        id: appointments.id,
        comuneId: appointments.comuneId,
        op: appointments.operatoreId,
      })
      .from(appointments)
      .where(eq(appointments.caseId, c.open));
    expect(appts.find((x) => x.id === futureAppt)).toMatchObject({
      comuneId: cava,
      op: a.asCava.id,
    });
    expect(appts.find((x) => x.id === pastAppt)).toMatchObject({ comuneId: pavia });
    // The request stays with the comune that filed it.
    const [req] = await db()
      .select({ comuneId: requests.comuneId })
      .from(requests)
      .where(eq(requests.id, filed.id));
    expect(req?.comuneId).toBe(pavia);
    // Pavia still reads its request, with every row its total counts, but not who the person is.
    const listed = await listRequests(db(), a.asPavia, { personId: c.personId });
    expect(listed.total).toBe(listed.rows.length);
    expect(listed.rows).toEqual([expect.objectContaining({ id: filed.id, persona: null })]);
    const detail = await getRequest(db(), a.asPavia, filed.id);
    expect(detail).toMatchObject({ personId: null, cognome: null, nome: null, comune: "Pavia" });
    expect((await getRequest(db(), a.coordinatore, filed.id)).personId).toBe(c.personId);

    const [tr] = await db()
      .select({
        stato: transfers.stato,
        nuovo: transfers.nuovoOperatoreId,
        note: transfers.noteDecisione,
      })
      .from(transfers)
      .where(eq(transfers.id, id));
    expect(tr).toEqual({ stato: "accettato", nuovo: a.asCava.id, note: "Presa in carico" });
    await expect(acceptTransfer(db(), a.asCava, id)).rejects.toMatchObject({ status: 409 });
    await expect(rejectTransfer(db(), a.asCava, id)).rejects.toMatchObject({ status: 409 });
    // Now the Cava worker manages it.
    expect((await changeCaseStatus(db(), a.asCava, c.open, { azione: "sospendi" })).stato).toBe(
      "sospesa",
    );
  });

  it("leaves everything in place when refused or withdrawn", async () => {
    const { personId, open } = await paviaPerson();
    const first = await ask(personId);
    await expect(rejectTransfer(db(), a.asPavia, first.id)).rejects.toMatchObject({ status: 404 });
    await rejectTransfer(db(), a.asCava, first.id, { note: "Non risulta residente." });
    await expect(acceptTransfer(db(), a.asCava, first.id)).rejects.toMatchObject({ status: 409 });
    await expect(rejectTransfer(db(), a.asCava, first.id, { note: 5 })).rejects.toMatchObject({
      status: 422,
    });
    expect((await getPerson(db(), a.asPavia, personId)).comune).toBe("Pavia");
    expect((await getCaseOverview(db(), a.asPavia, open)).team[0]?.userId).toBe(a.asPavia.id);
    const out = (await listTransfers(db(), a.asPavia, { direction: "out" })).find(
      (r) => r.id === first.id,
    );
    expect(out).toMatchObject({ stato: "rifiutato", noteDecisione: "Non risulta residente." });
    // After a refusal the destination no longer sees who it was.
    const inCava = (await listTransfers(db(), a.asCava, { direction: "in" })).find(
      (r) => r.id === first.id,
    );
    expect(inCava?.person).toBeNull();

    const second = await ask(personId);
    const outcomes = await Promise.all([
      acceptTransfer(db(), a.asCava, second.id).then(() => "accepted", statusOf),
      cancelTransfer(db(), a.asPavia, second.id).then(() => "cancelled", statusOf),
    ]);
    expect(outcomes.filter((o) => o === 409)).toHaveLength(1);
    const [after] = await db()
      .select({ comuneId: persons.comuneId })
      .from(persons)
      .where(eq(persons.id, personId));
    expect(after?.comuneId).toBe(outcomes.includes("accepted") ? cava : pavia);
  });

  it("closes every open cartella on a move out of the district", async () => {
    const c = await paviaPerson();
    const pending = await ask(c.personId);
    await expect(
      moveOutOfDistrict(db(), a.asCava, c.personId, { motivo: "Trasferita a Milano" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(moveOutOfDistrict(db(), a.asPavia, c.personId, {})).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      moveOutOfDistrict(db(), a.asPavia, c.personId, { motivo: "Milano", data: "2999-01-01" }),
    ).rejects.toMatchObject({ status: 422 });
    const { closed } = await moveOutOfDistrict(db(), a.asPavia, c.personId, {
      motivo: "Trasferita a Milano",
      data: "2026-01-15",
    });
    expect(closed.sort()).toEqual([c.open, c.suspended].sort());
    for (const id of closed) {
      const o = await getCaseOverview(db(), a.asPavia, id);
      expect(o.stato).toBe("chiusa");
      expect(o.motivoChiusura).toBe(
        "Trasferimento fuori distretto dal 15/01/2026: Trasferita a Milano",
      );
      expect(o.history[0]).toMatchObject({ evento: "chiusa", statoA: "chiusa" });
    }
    const [tr] = await db()
      .select({ stato: transfers.stato })
      .from(transfers)
      .where(eq(transfers.id, pending.id));
    expect(tr?.stato).toBe("annullato");
    expect(
      (await moveOutOfDistrict(db(), a.asPavia, c.personId, { motivo: "Ancora" })).closed,
    ).toEqual([]);
  });
});
