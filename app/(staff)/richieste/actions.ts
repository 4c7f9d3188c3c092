"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { checkEligibility, overrideEligibility } from "@/lib/data/applications";
import { createRequest, transitionRequest } from "@/lib/data/requests";

export async function createRequestAction(input: unknown) {
  return runAction("createRequest", (actor) => createRequest(db(), actor, input));
}

export async function transitionRequestAction(id: string, input: unknown) {
  return runAction("transitionRequest", (actor) => transitionRequest(db(), actor, id, input));
}

export async function checkEligibilityAction(bandoId: string, input: unknown) {
  return runAction("checkEligibility", (actor) => checkEligibility(db(), actor, bandoId, input));
}

export async function overrideEligibilityAction(id: string, input: unknown) {
  return runAction("overrideEligibility", (actor) => overrideEligibility(db(), actor, id, input));
}
