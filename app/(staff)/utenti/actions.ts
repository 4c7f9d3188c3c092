"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { endAllSessions } from "@/lib/data/sessions";
import { resetPassword } from "@/lib/data/users";

/** The temporary password travels back in this answer only: never logged, never stored in clear. */
export async function resetPasswordAction(userId: unknown) {
  return runAction("resetPassword", (actor) => resetPassword(db(), actor, String(userId)));
}

export async function endSessionsAction(userId: unknown) {
  return runAction("endSessions", (actor) => endAllSessions(db(), actor, String(userId)));
}
