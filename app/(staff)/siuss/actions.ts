"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { reissueFlusso, saveSiussSettings } from "@/lib/data/siuss";

export async function reissueFlussoAction(id: string) {
  return runAction("reissueFlusso", async (actor) => {
    const issued = await reissueFlusso(db(), actor, id);
    return { idFlusso: issued.idFlusso, valido: issued.valido };
  });
}

export async function saveSiussSettingsAction(input: unknown) {
  return runAction("saveSiussSettings", (actor) => saveSiussSettings(db(), actor, input));
}
