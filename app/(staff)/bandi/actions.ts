"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { createBando, updateBando } from "@/lib/data/bandi";

export async function createBandoAction(input: unknown) {
  return runAction("createBando", (actor) => createBando(db(), actor, input));
}

export async function updateBandoAction(id: string, input: unknown) {
  return runAction("updateBando", (actor) => updateBando(db(), actor, id, input));
}
