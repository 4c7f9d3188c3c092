import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assessments,
  auditLog,
  cases,
  planGoals,
  planInterventions,
  planReviews,
  plans,
} from "@/db/schema";
import { createAssessment, getAssessment, listAssessments } from "@/lib/data/assessments";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/data/errors";
import {
  addIntervention,
  createPlan,
  getActivePlan,
  listOverdueReviews,
  listPlans,
  recordReview,
  updateGoalOutcome,
} from "@/lib/data/plans";
import { createRequest } from "@/lib/data/requests";
import { addDays } from "@/lib/domain/dates";
import {
  personWithCase,
  planInput,
  SINA_ANSWERS,
  sinaInput,
  sinbaInput,
  today,
} from "../support/case-plan";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { measureId, requestInput } from "../support/fixtures";

const minorBirth = () => addDays(today(), -10 * 365);

describe.each(DRIVERS)("assessment and plan on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  let b2: string;
  const db = () => t.handle.db;
  const paviaCase = (over: { dataNascita?: string } = {}) =>
    personWithCase(db(), a.asPavia, "Pavia", over);
  const count = async (table: typeof assessments | typeof plans | typeof planGoals) =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
  const fieldErrors = async (p: Promise<unknown>) => {
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).fieldErrors;
  };

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
    b2 = await measureId(db());
  });
  afterAll(async () => t?.close());

  describe("assessment", () => {
    it("records a SINA assessment of an adult and reads it back", async () => {
      const { caseId } = await paviaCase();
      const { id } = await createAssessment(db(), a.asPavia, caseId, sinaInput());
      const list = await listAssessments(db(), a.asPavia, caseId);
      expect(list).toEqual([
        expect.objectContaining({ id, tipo: "sina", data: today(), autore: expect.any(String) }),
      ]);
      const one = await getAssessment(db(), a.coordinatore, caseId, id);
      expect(one.voci).toEqual(SINA_ANSWERS);
    });

    it("gives field errors per item and per field, and writes nothing", async () => {
      const { caseId } = await paviaCase();
      const n = await count(assessments);
      const { mobilita: _, ...missing } = SINA_ANSWERS;
      expect(
        await fieldErrors(
          createAssessment(
            db(),
            a.asPavia,
            caseId,
            sinaInput({ voci: { ...missing, areaSupporto: "9" } }),
          ),
        ),
      ).toEqual({
        "voci.mobilita": ["Scegli una risposta per «Mobilità»."],
        "voci.areaSupporto": ["Scegli una risposta per «Supporto della rete familiare»."],
      });
      const errors = await fieldErrors(
        createAssessment(
          db(),
          a.asPavia,
          caseId,
          sinaInput({ data: addDays(today(), 1), sintesi: "  " }),
        ),
      );
      expect(errors.data).toEqual(["La data della valutazione non può essere futura."]);
      expect(errors.sintesi).toEqual(["Scrivi una sintesi della valutazione."]);
      expect(
        await fieldErrors(createAssessment(db(), a.asPavia, caseId, sinaInput({ tipo: "x" }))),
      ).toHaveProperty("tipo");
      expect(
        await fieldErrors(
          createAssessment(db(), a.asPavia, caseId, sinaInput({ data: "2026-02-30" })),
        ),
      ).toEqual({ data: ["Inserisci una data valida."] });
      expect(
        await fieldErrors(
          createAssessment(db(), a.asPavia, caseId, sinaInput({ data: "1900-01-01" })),
        ),
      ).toEqual({ data: ["La valutazione non può precedere la nascita."] });
      expect(await count(assessments)).toBe(n);
    });

    it("gives minors SINBA only, and adults SINA only", async () => {
      const minor = await paviaCase({ dataNascita: minorBirth() });
      expect(
        await fieldErrors(createAssessment(db(), a.asPavia, minor.caseId, sinaInput())),
      ).toHaveProperty("tipo");
      const { id } = await createAssessment(db(), a.asPavia, minor.caseId, sinbaInput());
      expect((await getAssessment(db(), a.asPavia, minor.caseId, id)).tipo).toBe("sinba");
      const adult = await paviaCase();
      expect(
        await fieldErrors(createAssessment(db(), a.asPavia, adult.caseId, sinbaInput())),
      ).toHaveProperty("tipo");
      // SINBA answers under the SINA kind are refused item by item.
      expect(
        Object.keys(
          await fieldErrors(
            createAssessment(db(), a.asPavia, adult.caseId, sinaInput({ voci: sinbaInput().voci })),
          ),
        ),
      ).toContain("voci");
    });

    it("is written by the worker of the comune only, read by the coordinator, hidden from the comune administrator", async () => {
      const { caseId } = await paviaCase();
      const { id } = await createAssessment(db(), a.asPavia, caseId, sinaInput());
      await expect(
        createAssessment(db(), a.coordinatore, caseId, sinaInput()),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(createAssessment(db(), a.asCava, caseId, sinaInput())).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(listAssessments(db(), a.coordinatore, caseId)).resolves.toHaveLength(1);
      await expect(listAssessments(db(), a.comunePavia, caseId)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(getAssessment(db(), a.asCava, caseId, id)).rejects.toBeInstanceOf(NotFoundError);
      // An assessment is reached through its own cartella only.
      const other = await paviaCase();
      await expect(getAssessment(db(), a.asPavia, other.caseId, id)).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it("refuses writes to a closed cartella", async () => {
      const { caseId } = await paviaCase();
      await db().update(cases).set({ stato: "chiusa" }).where(eq(cases.id, caseId));
      await expect(createAssessment(db(), a.asPavia, caseId, sinaInput())).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(createPlan(db(), a.asPavia, caseId, planInput())).rejects.toBeInstanceOf(
        ConflictError,
      );
    });
  });

  describe("plan", () => {
    it("opens a plan with goals and interventions linked to the person's requests", async () => {
      const { personId, caseId } = await paviaCase();
      const req = await createRequest(db(), a.asPavia, requestInput(personId, b2));
      const val = await createAssessment(db(), a.asPavia, caseId, sinaInput());
      const { id } = await createPlan(
        db(),
        a.asPavia,
        caseId,
        planInput({
          valutazioneId: val.id,
          obiettivi: [
            { descrizione: "Restare al domicilio", scadenza: addDays(today(), 180) },
            { descrizione: "Sollievo al caregiver", indicatore: "Ore di assistenza" },
          ],
          interventi: [
            { richiestaId: req.id, descrizione: "Buono caregiver", dal: today() },
            { misuraId: b2, descrizione: "Servizio di assistenza domiciliare" },
            { descrizione: "Visita domiciliare mensile" },
          ],
        }),
      );
      const plan = await getActivePlan(db(), a.asPavia, caseId);
      expect(plan).toMatchObject({
        id,
        stato: "attivo",
        valutazioneId: val.id,
        verificaScaduta: false,
      });
      expect(plan?.obiettivi.map((g) => [g.descrizione, g.esito])).toEqual([
        ["Restare al domicilio", "in_corso"],
        ["Sollievo al caregiver", "in_corso"],
      ]);
      const linked = plan?.interventi.find((x) => x.richiesta);
      expect(linked?.richiesta).toMatchObject({ id: req.id, protocollo: req.protocollo });
      expect(plan?.interventi.find((x) => x.misura)?.misura).toBeTruthy();
      expect(plan?.interventi).toHaveLength(3);
      expect(await listPlans(db(), a.coordinatore, caseId)).toHaveLength(1);
    });

    it("gives field errors per field and per goal, and writes nothing", async () => {
      const { caseId } = await paviaCase();
      const before = [await count(plans), await count(planGoals)];
      expect(
        await fieldErrors(createPlan(db(), a.asPavia, caseId, planInput({ obiettivi: [] }))),
      ).toEqual({ obiettivi: ["Indica almeno un obiettivo."] });
      const errors = await fieldErrors(
        createPlan(
          db(),
          a.asPavia,
          caseId,
          planInput({
            titolo: "",
            prossimaVerifica: addDays(today(), -1),
            obiettivi: [{ descrizione: "Ok" }, { descrizione: " ", scadenza: "2026-13-01" }],
            interventi: [{ descrizione: "x", dal: "2026-05-02", al: "2026-05-01" }],
          }),
        ),
      );
      expect(errors).toMatchObject({
        titolo: ["Dai un titolo al progetto."],
        "obiettivi.1.descrizione": ["Descrivi l'obiettivo."],
        "obiettivi.1.scadenza": ["Inserisci una data valida."],
        "interventi.0.al": ["La fine precede l'inizio."],
      });
      expect(errors.prossimaVerifica?.[0]).toMatch(/dopo l'inizio|già passata/);
      expect([await count(plans), await count(planGoals)]).toEqual(before);
    });

    it("links interventions only to visible requests of the same person", async () => {
      const { caseId } = await paviaCase();
      const someoneElse = await paviaCase();
      const theirs = await createRequest(db(), a.asPavia, requestInput(someoneElse.personId, b2));
      const cava = await personWithCase(db(), a.asCava, "Cava Manara");
      const cavaReq = await createRequest(db(), a.asCava, requestInput(cava.personId, b2));
      const n = await count(plans);
      for (const richiestaId of [theirs.id, cavaReq.id]) {
        expect(
          await fieldErrors(
            createPlan(
              db(),
              a.asPavia,
              caseId,
              planInput({ interventi: [{ richiestaId, descrizione: "Buono" }] }),
            ),
          ),
        ).toEqual({
          "interventi.0.richiestaId": ["Scegli una delle richieste di questa persona."],
        });
      }
      expect(await count(plans)).toBe(n);
      const { id } = await createPlan(db(), a.asPavia, caseId, planInput());
      expect(
        await fieldErrors(
          addIntervention(db(), a.asPavia, id, { richiestaId: theirs.id, descrizione: "Buono" }),
        ),
      ).toEqual({ richiestaId: ["Scegli una delle richieste di questa persona."] });
    });

    it("keeps one active plan per cartella", async () => {
      const { caseId } = await paviaCase();
      await createPlan(db(), a.asPavia, caseId, planInput());
      await expect(createPlan(db(), a.asPavia, caseId, planInput())).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(await listPlans(db(), a.asPavia, caseId)).toHaveLength(1);
    });

    it("moves the review date with a review, or concludes the plan", async () => {
      const { caseId } = await paviaCase();
      const { id } = await createPlan(db(), a.asPavia, caseId, planInput());
      // A plan whose review date has passed is overdue, and shows on the list for the desk.
      await db()
        .update(plans)
        .set({ dataInizio: addDays(today(), -120), prossimaVerifica: addDays(today(), -1) })
        .where(eq(plans.id, id));
      expect((await getActivePlan(db(), a.asPavia, caseId))?.verificaScaduta).toBe(true);
      expect((await listOverdueReviews(db(), a.asPavia)).map((r) => r.planId)).toContain(id);
      expect((await listOverdueReviews(db(), a.asCava)).map((r) => r.planId)).not.toContain(id);

      expect(
        await fieldErrors(recordReview(db(), a.asPavia, id, { data: today(), esito: "Bene" })),
      ).toEqual({ prossimaVerifica: ["Fissa la prossima verifica, oppure concludi il progetto."] });
      expect(
        await fieldErrors(
          recordReview(db(), a.asPavia, id, {
            data: addDays(today(), -200),
            esito: "Bene",
            prossimaVerifica: today(),
          }),
        ),
      ).toEqual({ data: ["La verifica non può precedere l'inizio del progetto."] });
      const next = addDays(today(), 60);
      const moved = await recordReview(db(), a.asPavia, id, {
        data: today(),
        esito: "Obiettivi in linea, si prosegue.",
        prossimaVerifica: next,
      });
      expect(moved).toMatchObject({ stato: "attivo", prossimaVerifica: next });
      const plan = await getActivePlan(db(), a.asPavia, caseId);
      expect(plan?.verificaScaduta).toBe(false);
      expect(plan?.verifiche.map((v) => v.prossimaVerifica)).toEqual([next]);
      expect((await listOverdueReviews(db(), a.asPavia)).map((r) => r.planId)).not.toContain(id);

      const goal = plan?.obiettivi[0]?.id as string;
      await updateGoalOutcome(db(), a.asPavia, goal, { esito: "raggiunto" });
      expect(
        await fieldErrors(updateGoalOutcome(db(), a.asPavia, goal, { esito: "forse" })),
      ).toHaveProperty("esito");
      const closed = await recordReview(db(), a.asPavia, id, {
        data: today(),
        esito: "Obiettivi raggiunti.",
        concludi: true,
      });
      expect(closed.stato).toBe("concluso");
      expect(await getActivePlan(db(), a.asPavia, caseId)).toBeNull();
      expect((await listPlans(db(), a.asPavia, caseId))[0]?.stato).toBe("concluso");
      // A concluded plan takes no more changes; a new one may be opened.
      await expect(
        recordReview(db(), a.asPavia, id, { data: today(), esito: "x", concludi: true }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        updateGoalOutcome(db(), a.asPavia, goal, { esito: "non_raggiunto" }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(createPlan(db(), a.asPavia, caseId, planInput())).resolves.toHaveProperty("id");
      const reviews = await db()
        .select({ id: planReviews.id })
        .from(planReviews)
        .where(eq(planReviews.planId, id));
      expect(reviews).toHaveLength(2);
    });

    it("lets the coordinator read only, and hides plans from the comune administrator and other comuni", async () => {
      const { caseId } = await paviaCase();
      const { id } = await createPlan(db(), a.asPavia, caseId, planInput());
      const goal = (await getActivePlan(db(), a.asPavia, caseId))?.obiettivi[0]?.id as string;
      const review = { data: today(), esito: "x", prossimaVerifica: addDays(today(), 30) };
      await expect(getActivePlan(db(), a.coordinatore, caseId)).resolves.toMatchObject({ id });
      for (const op of [
        () => createPlan(db(), a.coordinatore, caseId, planInput()),
        () => recordReview(db(), a.coordinatore, id, review),
        () => updateGoalOutcome(db(), a.coordinatore, goal, { esito: "raggiunto" }),
        () => addIntervention(db(), a.coordinatore, id, { descrizione: "x" }),
        () => getActivePlan(db(), a.comunePavia, caseId),
        () => listPlans(db(), a.comunePavia, caseId),
      ])
        await expect(op()).rejects.toBeInstanceOf(ForbiddenError);
      for (const op of [
        () => getActivePlan(db(), a.asCava, caseId),
        () => createPlan(db(), a.asCava, caseId, planInput()),
        () => recordReview(db(), a.asCava, id, review),
        () => updateGoalOutcome(db(), a.asCava, goal, { esito: "raggiunto" }),
        () => addIntervention(db(), a.asCava, id, { descrizione: "x" }),
      ])
        await expect(op()).rejects.toBeInstanceOf(NotFoundError);
      expect(
        (
          await db()
            .select({ esito: planGoals.esito })
            .from(planGoals)
            .where(eq(planGoals.id, goal))
        )[0]?.esito,
      ).toBe("in_corso");
    });

    it("logs creations, changes and views with ids only", async () => {
      const { caseId } = await paviaCase();
      const val = await createAssessment(db(), a.asPavia, caseId, sinaInput());
      const { id } = await createPlan(db(), a.asPavia, caseId, planInput());
      await addIntervention(db(), a.asPavia, id, { descrizione: "Telefonata settimanale" });
      await getActivePlan(db(), a.coordinatore, caseId);
      const rows = await db()
        .select({ azione: auditLog.azione, entita: auditLog.entita })
        .from(auditLog)
        .where(inArray(auditLog.entitaId, [val.id, id]));
      expect(rows.map((r) => `${r.azione} ${r.entita}`)).toEqual([
        "create valutazione",
        "create progetto",
        "update progetto",
        "view progetto",
      ]);
      const interventions = await db()
        .select({ id: planInterventions.id })
        .from(planInterventions)
        .where(eq(planInterventions.planId, id));
      expect(interventions).toHaveLength(1);
    });
  });
});
