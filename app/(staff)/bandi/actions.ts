"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { createBando, updateBando } from "@/lib/data/bandi";
import { refreshPortal } from "@/lib/portal/cached";

// The public portal shows the open bandi and their rules: it reads them fresh after a change.

export async function createBandoAction(input: unknown) {
  return runAction("createBando", async (actor) => {
    const created = await createBando(db(), actor, input);
    refreshPortal(actor.ambitoId, "catalogue");
    return created;
  });
}

export async function updateBandoAction(id: string, input: unknown) {
  return runAction("updateBando", async (actor) => {
    const updated = await updateBando(db(), actor, id, input);
    refreshPortal(actor.ambitoId, "catalogue");
    return updated;
  });
}
