import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db/client";
import { loadActor, type SessionToken } from "@/lib/data/actors";
import { auditAuth } from "@/lib/data/audit";
import { endSession } from "@/lib/data/sessions";
import { readEnv } from "@/lib/env";
import { auth } from "./index";
import { requestIp } from "./ip";
import type { Actor } from "./roles";

async function clientIp(): Promise<string | null> {
  return requestIp(await headers());
}

/** The signed-in user for this request, read once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const token = await sessionToken();
  if (!token) return null;
  const env = readEnv();
  return loadActor(db(), token, await clientIp(), {
    idleMinutes: env.SESSION_IDLE_MINUTES,
    absoluteHours: env.SESSION_ABSOLUTE_HOURS,
  });
});

async function sessionToken(): Promise<SessionToken | null> {
  const session = (await auth()) as { user?: { id?: string }; sv?: number; sid?: string } | null;
  const userId = session?.user?.id;
  if (!userId) return null;
  return { userId, sessionVersion: session?.sv ?? 0, sessionId: session?.sid ?? "" };
}

/** Logout ends the session on the server too, so a copied cookie is worthless afterwards. */
export async function endCurrentSession(): Promise<void> {
  const token = await sessionToken();
  if (!token) return;
  const actor = await currentActor();
  await endSession(db(), token.sessionId, "uscita");
  if (actor) await auditAuth(db(), actor, "logout", "sessione", token.sessionId);
}

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
