import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { audit } from "./audit";
import { requirePermission } from "./authorize";
import { NotFoundError } from "./errors";
import { isUuid } from "./pg-errors";
import { asAuth, withActor } from "./scoped";

export type SessionLimits = { idleMinutes: number; absoluteHours: number };

// Opening, checking and ending a session happen before anyone is signed in: as zona_auth.

/** A new server-side session at every login: the old id, if any, is never reused. */
export async function openSession(db: Db, user: { id: string; ambitoId: string }): Promise<string> {
  const [row] = await asAuth(db, (tx) =>
    tx
      .insert(sessions)
      .values({ ambitoId: user.ambitoId, userId: user.id })
      .returning({ id: sessions.id }),
  );
  if (!row) throw new Error("session not created");
  return row.id;
}

export type SessionRow = { idle: number | null; age: number | null; chiusaIl: Date | null };

/**
 * What to do with a session found with the user: refuse it (absent or already ended), end it
 * (idle longer than the idle limit, or older than the absolute limit), mark it used (at most
 * once a minute), or let it be.
 */
export function sessionVerdict(
  s: SessionRow | null,
  limits: SessionLimits,
): "closed" | "inattività" | "durata massima" | "touch" | "open" {
  if (!s || s.idle === null || s.age === null || s.chiusaIl) return "closed";
  if (s.idle > limits.idleMinutes * 60) return "inattività";
  if (s.age > limits.absoluteHours * 3600) return "durata massima";
  return s.idle >= 60 ? "touch" : "open";
}

/** Inside asAuth: applies the verdict's write, if any; answers whether the session is open. */
export async function applySessionVerdict(
  db: Db,
  sessionId: string,
  verdict: ReturnType<typeof sessionVerdict>,
): Promise<boolean> {
  if (verdict === "closed") return false;
  if (verdict === "inattività" || verdict === "durata massima") {
    await end(db, sessionId, verdict);
    return false;
  }
  if (verdict === "touch")
    await db.update(sessions).set({ ultimoUso: sql`now()` }).where(eq(sessions.id, sessionId));
  return true;
}

export async function endSession(db: Db, sessionId: string, reason: string): Promise<void> {
  if (!isUuid(sessionId)) return;
  await asAuth(db, (tx) => end(tx, sessionId, reason));
}

async function end(db: Db, sessionId: string, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ chiusaIl: sql`now()`, motivoChiusura: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.chiusaIl)));
}

/** The administrator ends every session of a user of their ambito, effective on the next request. */
export async function endAllSessions(db: Db, actor: Actor, userId: string): Promise<number> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "user.manage");
    if (!isUuid(userId)) throw new NotFoundError("L'utente");
    const [user] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, userId), eq(users.ambitoId, actor.ambitoId)))
      .returning({ id: users.id });
    if (!user) throw new NotFoundError("L'utente");
    const ended = await tx
      .update(sessions)
      .set({ chiusaIl: sql`now()`, motivoChiusura: "chiusa dall'amministratore" })
      .where(
        and(
          eq(sessions.ambitoId, actor.ambitoId),
          eq(sessions.userId, userId),
          isNull(sessions.chiusaIl),
        ),
      )
      .returning({ id: sessions.id });
    await audit(tx, actor, "update", "sessioni_utente", userId);
    return ended.length;
  });
}
