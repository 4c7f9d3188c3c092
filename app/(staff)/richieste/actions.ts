"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { createRequest, transitionRequest } from "@/lib/data/requests";

export async function createRequestAction(input: unknown) {
  return runAction("createRequest", (actor) => createRequest(db(), actor, input));
}

export async function transitionRequestAction(id: string, input: unknown) {
  return runAction("transitionRequest", (actor) => transitionRequest(db(), actor, id, input));
}
