"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { findLikelyDuplicates, mergePersons } from "@/lib/data/person-registry";

export async function findDuplicatesAction(input: unknown) {
  return runAction("findLikelyDuplicates", (actor) => findLikelyDuplicates(db(), actor, input));
}

export async function mergePersonsAction(input: unknown) {
  const v = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  return runAction("mergePersons", (actor) =>
    mergePersons(db(), actor, v.keepId, v.dropId, v.motivo),
  );
}
