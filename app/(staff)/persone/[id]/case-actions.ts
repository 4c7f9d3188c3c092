"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { openCase } from "@/lib/data/cases";
import { moveOutOfDistrict, requestTransfer } from "@/lib/data/transfers";

export async function openCaseAction(personId: string, input: unknown) {
  return runAction("openCase", (actor) => openCase(db(), actor, personId, input));
}

export async function requestTransferAction(personId: string, input: unknown) {
  return runAction("requestTransfer", (actor) => requestTransfer(db(), actor, personId, input));
}

export async function moveOutOfDistrictAction(personId: string, input: unknown) {
  return runAction("moveOutOfDistrict", (actor) => moveOutOfDistrict(db(), actor, personId, input));
}
