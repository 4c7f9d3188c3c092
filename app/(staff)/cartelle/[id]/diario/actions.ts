"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { addDiaryEntry, editDiaryEntry } from "@/lib/data/diary";

export async function addDiaryEntryAction(caseId: string, input: unknown) {
  return runAction("addDiaryEntry", (actor) => addDiaryEntry(db(), actor, caseId, input));
}

export async function editDiaryEntryAction(entryId: string, input: unknown) {
  return runAction("editDiaryEntry", (actor) => editDiaryEntry(db(), actor, entryId, input));
}
