"use server";

import { renderSVG } from "uqr";
import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { confirmTotpEnrollment, disableTotp, startTotpEnrollment } from "@/lib/data/mfa";

export async function startEnrollmentAction() {
  return runAction("startTotpEnrollment", async (actor) => {
    const { secret, uri } = await startTotpEnrollment(db(), actor);
    const qr = `data:image/svg+xml;base64,${Buffer.from(renderSVG(uri)).toString("base64")}`;
    return { secret, qr };
  });
}

export async function confirmEnrollmentAction(input: unknown) {
  return runAction("confirmTotpEnrollment", (actor) => confirmTotpEnrollment(db(), actor, input));
}

export async function disableAction(input: unknown) {
  return runAction("disableTotp", (actor) => disableTotp(db(), actor, input));
}
