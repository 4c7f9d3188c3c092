import { and, asc, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  assessments,
  cases,
  measures,
  planGoals,
  planInterventions,
  planReviews,
  plans,
  requests,
  users,
} from "@/db/schema";
import { allows } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { assessmentKindFor } from "@/lib/domain/assessment";
import type { AssessmentKind, GoalOutcome, PlanStatus } from "@/lib/domain/case-file";
import { type IsoDate, romeDate } from "@/lib/domain/dates";
import { isReviewOverdue } from "@/lib/domain/plan";
import { formatProtocol, type RequestStatus } from "@/lib/domain/request-workflow";
import { fieldErrorsByPath } from "@/lib/validation/case-plan-fields";
import {
  GoalOutcomeSchema,
  InterventionSchema,
  PlanCreateSchema,
  ReviewSchema,
} from "@/lib/validation/plan";
import {
  type AssessmentDetail,
  type AssessmentSummary,
  birthDateOf,
  getAssessment,
  listAssessments,
  writableCase,
} from "./assessments";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { caseInScope } from "./cases";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { inTurn, withActor } from "./scoped";

export type PlanSummary = {
  id: string;
  titolo: string;
  stato: PlanStatus;
  dataInizio: IsoDate;
  prossimaVerifica: IsoDate;
  /** The review date is past (Europe/Rome) on an active plan. */
  verificaScaduta: boolean;
};

export type PlanGoalView = {
  id: string;
  descrizione: string;
  indicatore: string | null;
  scadenza: IsoDate | null;
  esito: GoalOutcome;
};

export type PlanInterventionView = {
  id: string;
  descrizione: string;
  dal: IsoDate | null;
  al: IsoDate | null;
  richiesta: { id: string; protocollo: string | null; stato: RequestStatus } | null;
  misura: string | null;
};

export type PlanReviewView = {
  id: string;
  data: IsoDate;
  esito: string;
  prossimaVerifica: IsoDate | null;
  autore: string | null;
};

export type PlanDetail = PlanSummary & {
  note: string | null;
  valutazioneId: string | null;
  obiettivi: PlanGoalView[];
  interventi: PlanInterventionView[];
  verifiche: PlanReviewView[];
};

/** The condition the worker's desk lists overdue reviews with: an active plan past its date. */
export function overdueReviewWhere(today: IsoDate = romeDate(new Date())): SQL {
  return and(eq(plans.stato, "attivo"), lt(plans.prossimaVerifica, today)) as SQL;
}

const withOverdue = <T extends { stato: PlanStatus; prossimaVerifica: IsoDate }>(
  p: T,
  today: IsoDate,
) => ({
  ...p,
  verificaScaduta: p.stato === "attivo" && isReviewOverdue(p.prossimaVerifica, today),
});

/** The plan and its cartella if the actor may reach them under `permission`; 404 otherwise. */
async function planInScope(
  tx: Db,
  actor: Actor,
  planId: string,
  permission: "case.plan.read" | "case.plan.write",
) {
  requirePermission(actor, permission);
  if (!isUuid(planId)) throw new NotFoundError("Il progetto");
  const [row] = await tx
    .select({
      id: plans.id,
      caseId: plans.caseId,
      stato: plans.stato,
      dataInizio: plans.dataInizio,
    })
    .from(plans)
    .innerJoin(cases, eq(cases.id, plans.caseId))
    .where(and(eq(plans.id, planId), scopeWhere(actor, permission, cases)))
    .limit(1);
  if (!row) throw new NotFoundError("Il progetto");
  if (permission === "case.plan.write") {
    await writableCase(tx, actor, row.caseId);
    if (row.stato !== "attivo") throw new ConflictError("Il progetto è concluso.");
  }
  return row;
}

/**
 * Checks the interventions' links: a request must be one of the cartella's person that the
 * actor can see, a service one of the ambito's catalogue. Field errors by position.
 */
async function checkInterventionLinks(
  tx: Db,
  actor: Actor,
  personId: string,
  items: readonly { richiestaId?: string; misuraId?: string }[],
  field: (i: number, key: string) => string,
) {
  const errors: Record<string, string[]> = {};
  const requestIds = items.flatMap((x) => (x.richiestaId ? [x.richiestaId] : []));
  const measureIds = items.flatMap((x) => (x.misuraId ? [x.misuraId] : []));
  const okRequests = new Set(
    requestIds.length
      ? (
          await tx
            .select({ id: requests.id })
            .from(requests)
            .where(
              and(
                inArray(requests.id, requestIds),
                eq(requests.personId, personId),
                scopeWhere(actor, "request.read", requests),
              ),
            )
        ).map((r) => r.id)
      : [],
  );
  const okMeasures = new Set(
    measureIds.length
      ? (
          await tx
            .select({ id: measures.id })
            .from(measures)
            .where(and(inArray(measures.id, measureIds), eq(measures.ambitoId, actor.ambitoId)))
        ).map((m) => m.id)
      : [],
  );
  items.forEach((x, i) => {
    if (x.richiestaId && !okRequests.has(x.richiestaId))
      errors[field(i, "richiestaId")] = ["Scegli una delle richieste di questa persona."];
    if (x.misuraId && !okMeasures.has(x.misuraId))
      errors[field(i, "misuraId")] = ["Servizio non trovato nel catalogo."];
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * Opens the individual plan (PAI) of a cartella with its goals and interventions. A cartella
 * has one active plan at a time: the current one is concluded by a review first.
 */
export async function createPlan(
  db: Db,
  actor: Actor,
  caseId: string,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    const c = await writableCase(tx, actor, caseId);
    const parsed = PlanCreateSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsByPath(parsed.error));
    const v = parsed.data;
    // Serializes plans of the same cartella: the check below and the insert cannot interleave.
    await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).for("update");
    const [active] = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(
        and(
          eq(plans.ambitoId, actor.ambitoId),
          eq(plans.caseId, caseId),
          eq(plans.stato, "attivo"),
        ),
      )
      .limit(1);
    if (active)
      throw new ConflictError(
        "La cartella ha già un progetto attivo: concludilo con una verifica prima di aprirne un altro.",
        { planId: active.id },
      );
    if (v.valutazioneId) {
      const [a] = await tx
        .select({ id: assessments.id })
        .from(assessments)
        .where(and(eq(assessments.id, v.valutazioneId), eq(assessments.caseId, caseId)))
        .limit(1);
      if (!a)
        throw new ValidationError({
          valutazioneId: ["Scegli una valutazione di questa cartella."],
        });
    }
    await checkInterventionLinks(
      tx,
      actor,
      c.personId,
      v.interventi,
      (i, k) => `interventi.${i}.${k}`,
    );
    const [plan] = await tx
      .insert(plans)
      .values({
        ambitoId: actor.ambitoId,
        caseId,
        titolo: v.titolo,
        dataInizio: v.dataInizio,
        prossimaVerifica: v.prossimaVerifica,
        valutazioneId: v.valutazioneId ?? null,
        note: v.note ?? null,
        autoreId: actor.id,
      })
      .returning({ id: plans.id });
    if (!plan) throw new Error("insert returned no row");
    await tx.insert(planGoals).values(
      v.obiettivi.map((g, i) => ({
        ambitoId: actor.ambitoId,
        planId: plan.id,
        posizione: i + 1,
        descrizione: g.descrizione,
        indicatore: g.indicatore ?? null,
        scadenza: g.scadenza ?? null,
      })),
    );
    if (v.interventi.length)
      await tx.insert(planInterventions).values(
        v.interventi.map((x) => ({
          ambitoId: actor.ambitoId,
          planId: plan.id,
          requestId: x.richiestaId ?? null,
          measureId: x.misuraId ?? null,
          descrizione: x.descrizione,
          dal: x.dal ?? null,
          al: x.al ?? null,
        })),
      );
    await audit(tx, actor, "create", "progetto", plan.id);
    return plan;
  });
}

const summaryCols = {
  id: plans.id,
  titolo: plans.titolo,
  stato: plans.stato,
  dataInizio: plans.dataInizio,
  prossimaVerifica: plans.prossimaVerifica,
};

/** The plans of a cartella, the active one first, then the concluded newest first. */
export async function listPlans(db: Db, actor: Actor, caseId: string): Promise<PlanSummary[]> {
  return withActor(db, actor, async (tx) => {
    await caseInScope(tx, actor, caseId, "case.plan.read");
    const rows = await tx
      .select(summaryCols)
      .from(plans)
      .where(and(eq(plans.ambitoId, actor.ambitoId), eq(plans.caseId, caseId)))
      .orderBy(asc(plans.stato), desc(plans.dataInizio), desc(plans.creatoIl))
      .limit(100);
    const today = romeDate(new Date());
    return rows.map((p) => withOverdue(p, today));
  });
}

/** The active plan of a cartella with goals, interventions and reviews, or null. */
export async function getActivePlan(
  db: Db,
  actor: Actor,
  caseId: string,
): Promise<PlanDetail | null> {
  return withActor(db, actor, async (tx) => {
    await caseInScope(tx, actor, caseId, "case.plan.read");
    const [plan] = await tx
      .select({ ...summaryCols, note: plans.note, valutazioneId: plans.valutazioneId })
      .from(plans)
      .where(
        and(
          eq(plans.ambitoId, actor.ambitoId),
          eq(plans.caseId, caseId),
          eq(plans.stato, "attivo"),
        ),
      )
      .limit(1);
    if (!plan) return null;
    const [obiettivi, interventi, verifiche] = await inTurn([
      tx
        .select({
          id: planGoals.id,
          descrizione: planGoals.descrizione,
          indicatore: planGoals.indicatore,
          scadenza: planGoals.scadenza,
          esito: planGoals.esito,
        })
        .from(planGoals)
        .where(and(eq(planGoals.ambitoId, actor.ambitoId), eq(planGoals.planId, plan.id)))
        .orderBy(asc(planGoals.posizione)),
      tx
        .select({
          id: planInterventions.id,
          descrizione: planInterventions.descrizione,
          dal: planInterventions.dal,
          al: planInterventions.al,
          requestId: requests.id,
          anno: requests.protocolloAnno,
          numero: requests.protocolloNumero,
          statoRichiesta: requests.stato,
          misura: measures.nome,
        })
        .from(planInterventions)
        .leftJoin(
          requests,
          and(
            eq(requests.id, planInterventions.requestId),
            scopeWhere(actor, "request.read", requests),
          ),
        )
        .leftJoin(measures, eq(measures.id, planInterventions.measureId))
        .where(
          and(
            eq(planInterventions.ambitoId, actor.ambitoId),
            eq(planInterventions.planId, plan.id),
          ),
        )
        .orderBy(asc(planInterventions.dal), asc(planInterventions.id)),
      tx
        .select({
          id: planReviews.id,
          data: planReviews.data,
          esito: planReviews.esito,
          prossimaVerifica: planReviews.prossimaVerifica,
          autore: users.nome,
        })
        .from(planReviews)
        .leftJoin(users, eq(users.id, planReviews.autoreId))
        .where(and(eq(planReviews.ambitoId, actor.ambitoId), eq(planReviews.planId, plan.id)))
        .orderBy(desc(planReviews.data), desc(planReviews.creatoIl)),
    ]);
    await audit(tx, actor, "view", "progetto", plan.id);
    return {
      ...withOverdue(plan, romeDate(new Date())),
      obiettivi,
      interventi: interventi.map((x) => ({
        id: x.id,
        descrizione: x.descrizione,
        dal: x.dal,
        al: x.al,
        richiesta:
          x.requestId && x.statoRichiesta
            ? {
                id: x.requestId,
                protocollo: x.anno && x.numero ? formatProtocol(x.anno, x.numero) : null,
                stato: x.statoRichiesta,
              }
            : null,
        misura: x.misura,
      })),
      verifiche,
    };
  });
}

/** Sets the outcome of a goal of an active plan. */
export async function updateGoalOutcome(
  db: Db,
  actor: Actor,
  goalId: string,
  input: unknown,
): Promise<{ id: string; esito: GoalOutcome }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "case.plan.write");
    if (!isUuid(goalId)) throw new NotFoundError("L'obiettivo");
    const [goal] = await tx
      .select({ planId: planGoals.planId })
      .from(planGoals)
      .where(and(eq(planGoals.id, goalId), eq(planGoals.ambitoId, actor.ambitoId)))
      .limit(1);
    if (!goal) throw new NotFoundError("L'obiettivo");
    await planInScope(tx, actor, goal.planId, "case.plan.write");
    const parsed = GoalOutcomeSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsByPath(parsed.error));
    const [row] = await tx
      .update(planGoals)
      .set({ esito: parsed.data.esito })
      .where(eq(planGoals.id, goalId))
      .returning({ id: planGoals.id, esito: planGoals.esito });
    if (!row) throw new NotFoundError("L'obiettivo");
    await tx.update(plans).set({ aggiornatoIl: new Date() }).where(eq(plans.id, goal.planId));
    await audit(tx, actor, "update", "obiettivo_progetto", row.id);
    return row;
  });
}

/** Adds an intervention to an active plan: a request of the person, a service, or described. */
export async function addIntervention(
  db: Db,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    const plan = await planInScope(tx, actor, planId, "case.plan.write");
    const parsed = InterventionSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsByPath(parsed.error));
    const v = parsed.data;
    const [c] = await tx
      .select({ personId: cases.personId })
      .from(cases)
      .where(eq(cases.id, plan.caseId))
      .limit(1);
    if (!c) throw new NotFoundError("La cartella");
    await checkInterventionLinks(tx, actor, c.personId, [v], (_, k) => k);
    const [row] = await tx
      .insert(planInterventions)
      .values({
        ambitoId: actor.ambitoId,
        planId,
        requestId: v.richiestaId ?? null,
        measureId: v.misuraId ?? null,
        descrizione: v.descrizione,
        dal: v.dal ?? null,
        al: v.al ?? null,
      })
      .returning({ id: planInterventions.id });
    if (!row) throw new Error("insert returned no row");
    await tx.update(plans).set({ aggiornatoIl: new Date() }).where(eq(plans.id, planId));
    await audit(tx, actor, "update", "progetto", planId);
    return row;
  });
}

/**
 * Records a review (verifica) of an active plan: it moves the next review date, or concludes
 * the plan.
 */
export async function recordReview(
  db: Db,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ id: string; stato: PlanStatus; prossimaVerifica: IsoDate }> {
  return withActor(db, actor, async (tx) => {
    const plan = await planInScope(tx, actor, planId, "case.plan.write");
    const parsed = ReviewSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsByPath(parsed.error));
    const v = parsed.data;
    if (v.data < plan.dataInizio)
      throw new ValidationError({ data: ["La verifica non può precedere l'inizio del progetto."] });
    const [review] = await tx
      .insert(planReviews)
      .values({
        ambitoId: actor.ambitoId,
        planId,
        data: v.data,
        esito: v.esito,
        prossimaVerifica: v.concludi ? null : (v.prossimaVerifica ?? null),
        autoreId: actor.id,
      })
      .returning({ id: planReviews.id });
    if (!review) throw new Error("insert returned no row");
    const [updated] = await tx
      .update(plans)
      .set(
        v.concludi
          ? { stato: "concluso" as const, aggiornatoIl: new Date() }
          : { prossimaVerifica: v.prossimaVerifica as IsoDate, aggiornatoIl: new Date() },
      )
      .where(and(eq(plans.id, planId), eq(plans.stato, "attivo")))
      .returning({ stato: plans.stato, prossimaVerifica: plans.prossimaVerifica });
    if (!updated) throw new ConflictError("Il progetto è stato concluso nel frattempo.");
    await audit(tx, actor, "update", "progetto", planId);
    return { id: review.id, ...updated };
  });
}

export type OverdueReview = {
  planId: string;
  caseId: string;
  titolo: string;
  prossimaVerifica: IsoDate;
};

/**
 * Active plans past their review date among the cartelle the actor may read plans of, the
 * longest overdue first; `operatoreId` limits them to one referente's cartelle.
 */
export async function listOverdueReviews(
  db: Db,
  actor: Actor,
  opts: { operatoreId?: string; limit?: number } = {},
): Promise<OverdueReview[]> {
  return withActor(db, actor, async (tx) =>
    tx
      .select({
        planId: plans.id,
        caseId: plans.caseId,
        titolo: plans.titolo,
        prossimaVerifica: plans.prossimaVerifica,
      })
      .from(plans)
      .innerJoin(cases, eq(cases.id, plans.caseId))
      .where(
        and(
          eq(plans.ambitoId, actor.ambitoId),
          overdueReviewWhere(),
          scopeWhere(actor, "case.plan.read", cases),
          opts.operatoreId ? eq(cases.operatoreId, opts.operatoreId) : undefined,
        ),
      )
      .orderBy(asc(plans.prossimaVerifica), asc(plans.id))
      .limit(Math.min(opts.limit ?? 20, 100)),
  );
}

export type RequestOption = {
  id: string;
  protocollo: string | null;
  misura: string;
  stato: RequestStatus;
};

export type CasePlanPage = {
  caseId: string;
  /** The assessment kind due today: SINBA for a minor, SINA for an adult. */
  kindToday: AssessmentKind;
  canWrite: boolean;
  assessments: AssessmentSummary[];
  latest: AssessmentDetail | null;
  active: PlanDetail | null;
  plans: PlanSummary[];
  /** The person's requests an intervention may be linked to (only for who may write). */
  requests: RequestOption[];
};

/**
 * Everything the "Valutazione e progetto" tab shows, read in one transaction: assessments
 * (the latest with its answers), the active plan, past plans and, for who may write, the
 * person's requests to link.
 */
export async function getCasePlanPage(db: Db, actor: Actor, caseId: string): Promise<CasePlanPage> {
  return withActor(db, actor, async (tx) => {
    const c = await caseInScope(tx, actor, caseId, "case.plan.read");
    const canWrite =
      c.stato !== "chiusa" &&
      allows(actor, "case.plan.write", { ambitoId: actor.ambitoId, comuneId: c.comuneId });
    const born = await birthDateOf(tx, c.personId);
    const today = romeDate(new Date());
    const list = await listAssessments(tx, actor, caseId);
    const latest = list[0] ? await getAssessment(tx, actor, caseId, list[0].id) : null;
    const active = await getActivePlan(tx, actor, caseId);
    const all = await listPlans(tx, actor, caseId);
    const options = canWrite
      ? await tx
          .select({
            id: requests.id,
            anno: requests.protocolloAnno,
            numero: requests.protocolloNumero,
            misura: measures.nome,
            stato: requests.stato,
          })
          .from(requests)
          .innerJoin(measures, eq(measures.id, requests.measureId))
          .where(
            and(eq(requests.personId, c.personId), scopeWhere(actor, "request.read", requests)),
          )
          .orderBy(desc(requests.creatoIl))
          .limit(100)
      : [];
    return {
      caseId,
      kindToday: assessmentKindFor(born, today),
      canWrite,
      assessments: list,
      latest,
      active,
      plans: all.filter((p) => p.stato !== "attivo"),
      requests: options.map((r) => ({
        id: r.id,
        protocollo: r.anno && r.numero ? formatProtocol(r.anno, r.numero) : null,
        misura: r.misura,
        stato: r.stato,
      })),
    };
  });
}
