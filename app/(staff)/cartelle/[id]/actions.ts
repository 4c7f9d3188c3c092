"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { changeCaseTeam } from "@/lib/data/case-team";
import { changeCaseStatus } from "@/lib/data/cases";

export async function changeCaseStatusAction(caseId: string, input: unknown) {
  return runAction("changeCaseStatus", (actor) => changeCaseStatus(db(), actor, caseId, input));
}

export async function changeCaseTeamAction(caseId: string, input: unknown) {
  return runAction("changeCaseTeam", (actor) => changeCaseTeam(db(), actor, caseId, input));
}
