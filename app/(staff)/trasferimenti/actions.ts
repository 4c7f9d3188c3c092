"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { acceptTransfer, cancelTransfer, rejectTransfer } from "@/lib/data/transfers";

export async function acceptTransferAction(id: string, input: unknown) {
  return runAction("acceptTransfer", (actor) => acceptTransfer(db(), actor, id, input));
}

export async function rejectTransferAction(id: string, input: unknown) {
  return runAction("rejectTransfer", (actor) => rejectTransfer(db(), actor, id, input));
}

export async function cancelTransferAction(id: string, input: unknown) {
  return runAction("cancelTransfer", (actor) => cancelTransfer(db(), actor, id, input));
}
