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

/**
 * Whether the session is still open for this user: not ended, not idle for longer than the
 * idle limit, not older than the absolute limit. Marks it used, at most once a minute.
 */
export async function touchSession(
  db: Db,
  sessionId: string,
  userId: string,
  limits: SessionLimits,
): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  return asAuth(db, (tx) => touch(tx, sessionId, userId, limits));
}

async function touch(
  db: Db,
  sessionId: string,
  userId: string,
  limits: SessionLimits,
): Promise<boolean> {
  const [s] = await db
    .select({
      idle: sql<number>`extract(epoch from now() - ${sessions.ultimoUso})::int`,
      age: sql<number>`extract(epoch from now() - ${sessions.creataIl})::int`,
      chiusaIl: sessions.chiusaIl,
    })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .limit(1);
  if (!s || s.chiusaIl) return false;
  const expired =
    s.idle > limits.idleMinutes * 60
      ? "inattività"
      : s.age > limits.absoluteHours * 3600
        ? "durata massima"
        : null;
  if (expired) {
    await end(db, sessionId, expired);
    return false;
  }
  if (s.idle >= 60)
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
