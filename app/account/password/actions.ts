"use server";

import { db } from "@/db/client";
import { signOut } from "@/lib/auth";
import { runAction } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/data/account";

/**
 * Changes the signed-in user's password. Every session of the user has ended with it, this
 * one too: the cookie goes and the login page says why.
 */
export async function changePasswordAction(input: unknown) {
  const result = await runAction("changePassword", (actor) =>
    changeOwnPassword(db(), actor, input),
  );
  if (!result.ok) return result;
  await signOut({ redirectTo: "/login?motivo=password" });
  return result;
}
