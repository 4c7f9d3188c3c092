import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetLines, requestDocuments, requests } from "@/db/schema";
import { checkEligibility, overrideEligibility } from "@/lib/data/applications";
import { createBando, getBando } from "@/lib/data/bandi";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/data/errors";
import { createPerson } from "@/lib/data/persons";
import {
  closeBandoWindow,
  getPublishedRanking,
  getRanking,
  produceRanking,
  publishRanking,
} from "@/lib/data/ranking";
import { createRequest, getRequest, transitionRequest } from "@/lib/data/requests";
import { b2Bando, makeEligible } from "../support/bandi";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, personInput } from "../support/fixtures";

const NEED = "Caregiver familiare convivente, bisogno assistenziale elevato.";

describe.each(DRIVERS)("titoli sociali under a bando on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let b2: string;
  const db = () => t.handle.db;

  async function applicant(comune: "Pavia" | "Cava Manara", isee: number | null, opts = {}) {
    const owner = comune === "Pavia" ? a.asPavia : a.asCava;
    const { id } = await createPerson(db(), owner, await personInput(db(), comune));
    if (isee !== null) await makeEligible(db(), owner.ambitoId, id, isee, opts);
    return { id, owner };
  }

  async function file(bandoId: string, p: { id: string; owner: Actors["asPavia"] }, over = {}) {
    return createRequest(db(), p.owner, {
      personId: p.id,
      measureId: b2,
      bandoId,
      dichiarazioni: { veridicita: true },
      valutazione: 5,
      motivazione: NEED,
      ...over,
    });
  }

  const stateOf = async (id: string) =>
    (await db().select({ s: requests.stato }).from(requests).where(eq(requests.id, id)))[0]?.s;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    b2 = await measureId(db());
  });
  afterAll(() => t.close());

  it("stores the eligibility snapshot, score and amount with the request", async () => {
    const { id: bandoId } = await createBando(db(), a.coordinatore, b2Bando(b2));
    const p = await applicant("Pavia", 8000);
    const { id } = await file(bandoId, p);
    const r = await getRequest(db(), a.asPavia, id);
    expect(r.esitoAmmissibilita).toBe("eligible");
    expect(r.eligibility?.lines).toHaveLength(6);
    expect(r.eligibility?.lines.every((l) => l.outcome === "ok")).toBe(true);
    expect(r.importoMensile).toBe("100.00");
    expect(r.mesi).toBe(12);
    expect(Number(r.punteggio)).toBe(25); // 20 for ISEE ≤ 10.000, 5 of assessment
    expect(r.scoreLines?.map((l) => l.points)).toEqual([20, 0, 5]);
    expect(r.termineGiorni).toBe(30);
  });

  it("says why an applicant is not eligible, rule by rule", async () => {
    const { id: bandoId } = await createBando(db(), a.coordinatore, b2Bando(b2));
    const rich = await applicant("Pavia", 31000);
    const expired = await applicant("Pavia", 9000, { expired: true });
    const noDisability = await applicant("Pavia", 9000, { disability: false });
    const check = await checkEligibility(db(), a.asPavia, bandoId, {
      personId: rich.id,
      dichiarazioni: { veridicita: true },
    });
    expect(check.eligibility.outcome).toBe("not_eligible");
    expect(check.eligibility.lines[0]).toMatchObject({ type: "isee", outcome: "ko" });
    expect(check.eligibility.lines[0]?.found).toContain("31.000");
    const e = await checkEligibility(db(), a.asPavia, bandoId, {
      personId: expired.id,
      dichiarazioni: { veridicita: true },
    });
    expect(e.eligibility.lines.find((l) => l.type === "isee_valid")?.found).toContain("scadut");
    const { id } = await file(bandoId, noDisability);
    const r = await getRequest(db(), a.asPavia, id);
    expect(r.esitoAmmissibilita).toBe("not_eligible");
    expect(r.eligibility?.lines.find((l) => l.type === "disability")?.outcome).toBe("ko");
  });

  it("refuses filings outside the window, for another measure or with an out-of-scale assessment", async () => {
    const { id: closed } = await createBando(
      db(),
      a.coordinatore,
      b2Bando(b2, {
        apertura: "2020-01-01",
        chiusura: "2020-02-01",
        periodoInizio: "2020-01-01",
        periodoFine: "2020-12-31",
      }),
    );
    const p = await applicant("Pavia", 8000);
    await expect(file(closed, p)).rejects.toBeInstanceOf(ValidationError);
    const { id: open } = await createBando(db(), a.coordinatore, b2Bando(b2));
    const other = await measureId(db(), "SAD");
    await expect(file(open, p, { measureId: other })).rejects.toMatchObject({
      fieldErrors: { measureId: [expect.stringContaining("bando")] },
    });
    await expect(file(open, p, { valutazione: 11 })).rejects.toMatchObject({
      fieldErrors: { valutazione: [expect.any(String)] },
    });
    const n = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(requests)
      .where(eq(requests.personId, p.id));
    expect(n[0]?.n).toBe(0);
  });

  it("lets only the coordinator override the outcome, with a reason kept in the history", async () => {
    const { id: bandoId } = await createBando(db(), a.coordinatore, b2Bando(b2));
    const p = await applicant("Pavia", 9000, { disability: false });
    const { id } = await file(bandoId, p);
    await expect(
      overrideEligibility(db(), a.asPavia, id, { esito: "eligible", motivazione: "Certificato." }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      overrideEligibility(db(), a.coordinatore, id, { esito: "eligible", motivazione: "corto" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await overrideEligibility(db(), a.coordinatore, id, {
      esito: "eligible",
      motivazione: "Certificazione L. 104 art. 3 c. 3 consegnata allo sportello.",
    });
    const r = await getRequest(db(), a.coordinatore, id);
    expect(r.esitoForzato).toBe("eligible");
    expect(r.esitoAmmissibilita).toBe("not_eligible");
    expect(r.history.at(-1)?.azione).toBe("forza_ammissibilita");
  });

  it("ranks at window close, approves within the budget and moves the waiting list on a renunciation", async () => {
    // 2.400 € fit two applications of 1.200 €.
    const { id: bandoId } = await createBando(db(), a.coordinatore, b2Bando(b2));
    const low = await applicant("Cava Manara", 5000);
    const mid = await applicant("Pavia", 12000);
    const high = await applicant("Pavia", 20000);
    const out = await applicant("Pavia", 40000);
    const r1 = await file(bandoId, high);
    const r2 = await file(bandoId, mid);
    const r3 = await file(bandoId, low);
    const r4 = await file(bandoId, out);
    await expect(
      transitionRequest(db(), a.coordinatore, r1.id, { action: "approva", nota: "Ok." }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(produceRanking(db(), a.coordinatore, bandoId)).rejects.toThrow(/chiudi/);
    await expect(closeBandoWindow(db(), a.asPavia, bandoId)).rejects.toBeInstanceOf(ForbiddenError);
    await closeBandoWindow(db(), a.coordinatore, bandoId);
    await expect(file(bandoId, await applicant("Pavia", 8000))).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await produceRanking(db(), a.coordinatore, bandoId)).toEqual({
      approvate: 2,
      inAttesa: 1,
      escluse: 1,
    });
    expect(await stateOf(r3.id)).toBe("approvata"); // 25 points (ISEE 5.000)
    expect(await stateOf(r2.id)).toBe("approvata"); // 15, ISEE 12.000
    expect(await stateOf(r1.id)).toBe("in_lista_attesa"); // 15, ISEE 20.000: tie lost on ISEE
    expect(await stateOf(r4.id)).toBe("presentata"); // not eligible, not ranked
    const ranking = await getRanking(db(), a.asCava, bandoId);
    expect(ranking.rows.map((r) => [r.posizione, r.esito])).toEqual([
      [1, "finanziata"],
      [2, "finanziata"],
      [3, "in_attesa"],
    ]);
    const budget = await getBando(db(), a.coordinatore, bandoId);
    expect(budget.budget[0]?.disponibile).toBe("0.00");
    // Approval letters were issued in the same transactions.
    const docs = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(requestDocuments)
      .where(and(eq(requestDocuments.requestId, r3.id), eq(requestDocuments.tipo, "approvazione")));
    expect(docs[0]?.n).toBe(1);

    // The worker of Cava Manara records the renunciation; the waiting list of Pavia moves up.
    await transitionRequest(db(), a.asCava, r3.id, {
      action: "rinuncia",
      nota: "Il beneficiario rinuncia per trasferimento in RSA.",
    });
    expect(await stateOf(r1.id)).toBe("approvata");
    const [line] = await db()
      .select({ impegnato: budgetLines.impegnato })
      .from(budgetLines)
      .where(eq(budgetLines.bandoId, bandoId));
    expect(line?.impegnato).toBe("2400.00");
    await expect(produceRanking(db(), a.coordinatore, bandoId)).rejects.toBeInstanceOf(
      ConflictError,
    );

    await expect(getPublishedRanking(db(), bandoId)).rejects.toThrow();
    await publishRanking(db(), a.coordinatore, bandoId);
    const pub = await getPublishedRanking(db(), bandoId);
    expect(pub.rows).toHaveLength(3);
    expect(Object.keys(pub.rows[0] ?? {}).sort()).toEqual([
      "esito",
      "posizione",
      "protocollo",
      "punteggio",
    ]);
  });

  it("blocks the ranking while an application needs a manual check", async () => {
    const { id: bandoId } = await createBando(db(), a.coordinatore, b2Bando(b2));
    const unknown = await applicant("Pavia", null);
    await file(bandoId, unknown);
    await closeBandoWindow(db(), a.coordinatore, bandoId);
    await expect(produceRanking(db(), a.coordinatore, bandoId)).rejects.toThrow(/da verificare/);
  });

  it("suspends the term for one integrazione and rejects only after the preavviso", async () => {
    const { id: bandoId } = await createBando(
      db(),
      a.coordinatore,
      b2Bando(b2, { modalita: "ordine_arrivo", regolePunteggio: [] }),
    );
    const p = await applicant("Pavia", 30000);
    const { id } = await file(bandoId, p);
    const step = (action: string, nota?: string, who = a.coordinatore) =>
      transitionRequest(db(), who, id, { action, nota });
    await step("avvia_istruttoria");
    await step("richiedi_integrazione", "Copia della certificazione L. 104.");
    let r = await getRequest(db(), a.coordinatore, id);
    expect(r.sospesoDal).not.toBeNull();
    await step("ricevi_integrazione", undefined, a.asPavia);
    r = await getRequest(db(), a.coordinatore, id);
    expect(r.sospesoDal).toBeNull();
    await expect(step("richiedi_integrazione", "Ancora.")).rejects.toThrow(/una sola volta/);
    await expect(step("respingi", "ISEE oltre soglia.")).rejects.toBeInstanceOf(ConflictError);
    await step("preavviso_rigetto", "ISEE sociosanitario oltre 25.000 €.");
    await expect(step("respingi", "ISEE oltre soglia.")).rejects.toThrow(/osservazioni/);
    await step("registra_osservazioni", "Il richiedente conferma l'ISEE presentato.");
    await step("respingi", "ISEE sociosanitario di 30.000 € oltre la soglia di 25.000 €.");
    expect(await stateOf(id)).toBe("respinta");
    const kinds = await db()
      .select({ tipo: requestDocuments.tipo })
      .from(requestDocuments)
      .where(eq(requestDocuments.requestId, id))
      .orderBy(requestDocuments.creatoIl);
    expect(kinds.map((k) => k.tipo)).toEqual([
      "richiesta_integrazione",
      "preavviso_rigetto",
      "rigetto",
    ]);
  });

  it("refuses to approve an application that is not eligible without an override", async () => {
    const { id: bandoId } = await createBando(
      db(),
      a.coordinatore,
      b2Bando(b2, { modalita: "ordine_arrivo", regolePunteggio: [] }),
    );
    const { id } = await file(bandoId, await applicant("Pavia", 30000));
    await expect(
      transitionRequest(db(), a.coordinatore, id, { action: "approva", nota: "Sì." }),
    ).rejects.toThrow(/ammissibile/);
    expect(await stateOf(id)).toBe("presentata");
  });
});
