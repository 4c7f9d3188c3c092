"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { recordPayment } from "@/lib/data/delivery";

export async function recordPaymentAction(requestId: string, instalmentId: string, input: unknown) {
  return runAction("recordPayment", (actor) =>
    recordPayment(db(), actor, requestId, instalmentId, input),
  );
}
