import { getCaseHeader, listCasesOfPerson } from "@/lib/data/cases";
import { addPersonLink } from "@/lib/data/household";
import { getCasePlanPage, listOverdueReviews } from "@/lib/data/plans";
import { personWithCase } from "../../support/case-plan";
import { type Op, OWNER, personOf, type Target, type World } from "../../support/matrix";

const caseOf = (w: World, t: Target) => personWithCase(w.db, w.a[OWNER[t].actor], OWNER[t].comune);

/** The reads every cartella page starts from, and the household's generic entry point. */
export const CASE_FILE_READ_OPS: Op[] = [
  {
    name: "getCaseHeader",
    onRecord: true,
    permission: "case.read",
    run: async (w, actor, t) => getCaseHeader(w.db, actor, (await caseOf(w, t)).caseId),
  },
  {
    name: "listCasesOfPerson",
    onRecord: true,
    permission: "case.read",
    run: async (w, actor, t) => listCasesOfPerson(w.db, actor, (await caseOf(w, t)).personId),
  },
  {
    name: "getCasePlanPage",
    onRecord: true,
    permission: "case.plan.read",
    run: async (w, actor, t) => getCasePlanPage(w.db, actor, (await caseOf(w, t)).caseId),
  },
  {
    name: "listOverdueReviews",
    onRecord: false,
    permission: "case.plan.read",
    run: (w, actor) => listOverdueReviews(w.db, actor),
  },
  {
    name: "addPersonLink",
    onRecord: true,
    permission: "person.facts.write",
    run: async (w, actor, t) =>
      addPersonLink(w.db, actor, (await personOf(w, t)).id, {
        tipo: "rete",
        relazione: "vicino",
        nome: "Vicina di casa",
      }),
  },
];
