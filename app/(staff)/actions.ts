"use server";

import { signOut } from "@/lib/auth";
import { endCurrentSession } from "@/lib/auth/session";

export async function logout() {
  await endCurrentSession();
  await signOut({ redirectTo: "/login" });
}

export async function logoutAfterInactivity() {
  await endCurrentSession();
  await signOut({ redirectTo: "/login?motivo=inattivita" });
}
