import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db/client";
import { loadActor } from "@/lib/data/actors";
import { auth } from "./index";
import type { Actor } from "./roles";

async function clientIp(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
}

/** The signed-in user for this request, read once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { user?: { id?: string }; sv?: number } | null;
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(db(), userId, session?.sv ?? 0, await clientIp());
});

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
