import { changeCaseTeam } from "@/lib/data/case-team";
import { changeCaseStatus, getCaseOverview, listMyCases, openCase } from "@/lib/data/cases";
import { createPerson } from "@/lib/data/persons";
import {
  acceptTransfer,
  cancelTransfer,
  listTransfers,
  moveOutOfDistrict,
  rejectTransfer,
  requestTransfer,
} from "@/lib/data/transfers";
import { distinctPersonInput } from "../../support/cases";
import { type Op, OWNER, type Target, type World } from "../../support/matrix";

function personOf(w: World, target: Target) {
  const { actor, comune } = OWNER[target];
  return distinctPersonInput(w.db, comune).then((input) => createPerson(w.db, w.a[actor], input));
}

/** An open cartella of the target comune, opened by that comune's worker. */
async function caseOf(w: World, target: Target) {
  const p = await personOf(w, target);
  const c = await openCase(w.db, w.a[OWNER[target].actor], p.id, { area: "anziani" });
  return { personId: p.id, caseId: c.id };
}

const elsewhere = (t: Target): Target => (t === "own" ? "other" : "own");

/** A transfer waiting to come into the target comune, asked by the other comune's worker. */
async function transferInto(w: World, target: Target) {
  const from = elsewhere(target);
  const p = await personOf(w, from);
  return requestTransfer(w.db, w.a[OWNER[from].actor], p.id, {
    aComuneId: w.comune[target],
    motivo: "Matrice di autorizzazione.",
  });
}

/** A transfer asked by the target comune's worker, towards the other comune. */
async function transferFrom(w: World, target: Target) {
  const p = await personOf(w, target);
  return requestTransfer(w.db, w.a[OWNER[target].actor], p.id, {
    aComuneId: w.comune[elsewhere(target)],
    motivo: "Matrice di autorizzazione.",
  });
}

export const CASES_OPS: Op[] = [
  {
    name: "getCaseOverview",
    onRecord: true,
    permission: "case.read",
    run: async (w, actor, t) => getCaseOverview(w.db, actor, (await caseOf(w, t)).caseId),
  },
  {
    name: "changeCaseStatus",
    onRecord: true,
    permission: "case.manage",
    run: async (w, actor, t) =>
      changeCaseStatus(w.db, actor, (await caseOf(w, t)).caseId, { azione: "sospendi" }),
  },
  {
    // Naming the current referente again: allowed as a no-op for who may manage the équipe.
    name: "changeCaseTeam",
    onRecord: true,
    permission: "case.manage",
    run: async (w, actor, t) =>
      changeCaseTeam(w.db, actor, (await caseOf(w, t)).caseId, {
        azione: "referente",
        utenteId: w.a[OWNER[t].actor].id,
      }),
  },
  {
    name: "listMyCases",
    onRecord: false,
    permission: "case.read",
    run: (w, actor) => listMyCases(w.db, actor, { limit: 5 }),
  },
  {
    name: "requestTransfer",
    onRecord: true,
    permission: "case.transfer",
    run: async (w, actor, t) =>
      requestTransfer(w.db, actor, (await personOf(w, t)).id, {
        aComuneId: w.comune[elsewhere(t)],
        motivo: "Matrice di autorizzazione.",
      }),
  },
  {
    name: "listTransfers",
    onRecord: false,
    permission: "case.transfer",
    run: (w, actor) => listTransfers(w.db, actor, { direction: "in" }),
  },
  {
    name: "acceptTransfer",
    onRecord: true,
    permission: "case.transfer",
    run: async (w, actor, t) => acceptTransfer(w.db, actor, (await transferInto(w, t)).id),
  },
  {
    name: "rejectTransfer",
    onRecord: true,
    permission: "case.transfer",
    run: async (w, actor, t) => rejectTransfer(w.db, actor, (await transferInto(w, t)).id),
  },
  {
    name: "cancelTransfer",
    onRecord: true,
    permission: "case.transfer",
    run: async (w, actor, t) => cancelTransfer(w.db, actor, (await transferFrom(w, t)).id),
  },
  {
    name: "moveOutOfDistrict",
    onRecord: true,
    permission: "case.transfer",
    run: async (w, actor, t) =>
      moveOutOfDistrict(w.db, actor, (await caseOf(w, t)).personId, {
        motivo: "Matrice di autorizzazione.",
      }),
  },
];
