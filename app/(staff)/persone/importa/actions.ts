"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { finishImport, importBatch, startImport } from "@/lib/data/registry-import";

export async function startImportAction(input: unknown) {
  return runAction("startImport", (actor) => startImport(db(), actor, input));
}

export async function importBatchAction(importId: string, input: unknown) {
  return runAction("importBatch", (actor) => importBatch(db(), actor, importId, input));
}

export async function finishImportAction(importId: string) {
  return runAction("finishImport", (actor) => finishImport(db(), actor, importId));
}
