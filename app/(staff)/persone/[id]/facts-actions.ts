"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import {
  addDisabilityCertification,
  addIseeAttestation,
  removeDisabilityCertification,
  updateLivingConditions,
} from "@/lib/data/person-facts";

export async function addIseeAttestationAction(personId: string, input: unknown) {
  return runAction("addIseeAttestation", (actor) =>
    addIseeAttestation(db(), actor, personId, input),
  );
}

export async function addDisabilityCertificationAction(personId: string, input: unknown) {
  return runAction("addDisabilityCertification", (actor) =>
    addDisabilityCertification(db(), actor, personId, input),
  );
}

export async function removeDisabilityCertificationAction(personId: string, certId: string) {
  return runAction("removeDisabilityCertification", (actor) =>
    removeDisabilityCertification(db(), actor, personId, certId),
  );
}

export async function updateLivingConditionsAction(personId: string, input: unknown) {
  return runAction("updateLivingConditions", (actor) =>
    updateLivingConditions(db(), actor, personId, input),
  );
}
