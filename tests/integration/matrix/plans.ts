import { createAssessment, getAssessment, listAssessments } from "@/lib/data/assessments";
import {
  addHouseholdMember,
  addNetworkContact,
  listPersonLinks,
  removePersonLink,
} from "@/lib/data/household";
import {
  addIntervention,
  createPlan,
  getActivePlan,
  listPlans,
  recordReview,
  updateGoalOutcome,
} from "@/lib/data/plans";
import { addDays } from "@/lib/domain/dates";
import { personWithCase, planInput, sinaInput, today } from "../../support/case-plan";
import { type Op, OWNER, personOf, type Target, type World } from "../../support/matrix";

/** A cartella of the target comune, opened by that comune's worker. */
const caseOf = (w: World, t: Target) => personWithCase(w.db, w.a[OWNER[t].actor], OWNER[t].comune);

async function assessmentOf(w: World, t: Target) {
  const c = await caseOf(w, t);
  const { id } = await createAssessment(w.db, w.a[OWNER[t].actor], c.caseId, sinaInput());
  return { caseId: c.caseId, id };
}

async function planOf(w: World, t: Target) {
  const c = await caseOf(w, t);
  const owner = w.a[OWNER[t].actor];
  const { id } = await createPlan(w.db, owner, c.caseId, planInput());
  const plan = await getActivePlan(w.db, owner, c.caseId);
  return { caseId: c.caseId, id, goalId: plan?.obiettivi[0]?.id as string };
}

/** Two persons of the target comune, the second a member of the first's nucleo. */
async function householdOf(w: World, t: Target) {
  const owner = w.a[OWNER[t].actor];
  const p = await personOf(w, t);
  const q = await personOf(w, t);
  const link = await addHouseholdMember(w.db, owner, p.id, {
    collegataId: q.id,
    relazione: "coniuge",
  });
  return { personId: p.id, memberId: q.id, linkId: link.id };
}

export const PLAN_OPS: Op[] = [
  {
    name: "listPersonLinks",
    onRecord: true,
    permission: "person.read",
    run: async (w, actor, t) => listPersonLinks(w.db, actor, (await householdOf(w, t)).personId),
  },
  {
    name: "addHouseholdMember",
    onRecord: true,
    permission: "person.facts.write",
    run: async (w, actor, t) => {
      const p = await personOf(w, t);
      const q = await personOf(w, t);
      return addHouseholdMember(w.db, actor, p.id, { collegataId: q.id, relazione: "figlio" });
    },
  },
  {
    name: "addNetworkContact",
    onRecord: true,
    permission: "person.facts.write",
    run: async (w, actor, t) =>
      addNetworkContact(w.db, actor, (await personOf(w, t)).id, {
        relazione: "servizio",
        nome: "CPS",
      }),
  },
  {
    name: "removePersonLink",
    onRecord: true,
    permission: "person.facts.write",
    run: async (w, actor, t) => {
      const h = await householdOf(w, t);
      return removePersonLink(w.db, actor, h.personId, h.linkId);
    },
  },
  {
    name: "createAssessment",
    onRecord: true,
    permission: "case.plan.write",
    run: async (w, actor, t) =>
      createAssessment(w.db, actor, (await caseOf(w, t)).caseId, sinaInput()),
  },
  {
    name: "listAssessments",
    onRecord: true,
    permission: "case.plan.read",
    run: async (w, actor, t) => listAssessments(w.db, actor, (await assessmentOf(w, t)).caseId),
  },
  {
    name: "getAssessment",
    onRecord: true,
    permission: "case.plan.read",
    run: async (w, actor, t) => {
      const v = await assessmentOf(w, t);
      return getAssessment(w.db, actor, v.caseId, v.id);
    },
  },
  {
    name: "createPlan",
    onRecord: true,
    permission: "case.plan.write",
    run: async (w, actor, t) => createPlan(w.db, actor, (await caseOf(w, t)).caseId, planInput()),
  },
  {
    name: "listPlans",
    onRecord: true,
    permission: "case.plan.read",
    run: async (w, actor, t) => listPlans(w.db, actor, (await planOf(w, t)).caseId),
  },
  {
    name: "getActivePlan",
    onRecord: true,
    permission: "case.plan.read",
    run: async (w, actor, t) => getActivePlan(w.db, actor, (await planOf(w, t)).caseId),
  },
  {
    name: "updateGoalOutcome",
    onRecord: true,
    permission: "case.plan.write",
    run: async (w, actor, t) =>
      updateGoalOutcome(w.db, actor, (await planOf(w, t)).goalId, { esito: "raggiunto" }),
  },
  {
    name: "addIntervention",
    onRecord: true,
    permission: "case.plan.write",
    run: async (w, actor, t) =>
      addIntervention(w.db, actor, (await planOf(w, t)).id, { descrizione: "Visita mensile" }),
  },
  {
    name: "recordReview",
    onRecord: true,
    permission: "case.plan.write",
    run: async (w, actor, t) =>
      recordReview(w.db, actor, (await planOf(w, t)).id, {
        data: today(),
        esito: "Si prosegue.",
        prossimaVerifica: addDays(today(), 60),
      }),
  },
];
