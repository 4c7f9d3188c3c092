import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userComuni, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { hasConfirmedTotp, MFA_REQUIRED } from "./mfa";
import { isUuid } from "./pg-errors";
import { asAuth } from "./scoped";
import { type SessionLimits, touchSession } from "./sessions";

export type SessionToken = { userId: string; sessionVersion: number; sessionId: string };

/**
 * Role, comuni and active flag come from the database on every request, never from the token;
 * the server-side session must still be open (not ended, not idle, not too old). Runs as
 * zona_auth: nobody is signed in yet.
 */
export async function loadActor(
  db: Db,
  token: SessionToken,
  ip: string | null,
  limits: SessionLimits,
): Promise<Actor | null> {
  const { userId, sessionVersion, sessionId } = token;
  if (!isUuid(userId)) return null;
  return asAuth(db, (tx) => loadSignedIn(tx, userId, sessionVersion, sessionId, ip, limits));
}

async function loadSignedIn(
  db: Db,
  userId: string,
  sessionVersion: number,
  sessionId: string,
  ip: string | null,
  limits: SessionLimits,
): Promise<Actor | null> {
  const [user] = await db
    .select({
      id: users.id,
      ambitoId: users.ambitoId,
      role: users.ruolo,
      nome: users.nome,
      email: users.email,
      attivo: users.attivo,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user?.attivo || user.sessionVersion !== sessionVersion) return null;
  if (!(await touchSession(db, sessionId, user.id, limits))) return null;
  const rows = await db
    .select({ comuneId: userComuni.comuneId })
    .from(userComuni)
    .where(and(eq(userComuni.ambitoId, user.ambitoId), eq(userComuni.userId, user.id)));
  return {
    id: user.id,
    ambitoId: user.ambitoId,
    role: user.role,
    nome: user.nome,
    email: user.email,
    comuneIds: rows.map((r) => r.comuneId),
    mustChangePassword: user.mustChangePassword,
    mfaPending: MFA_REQUIRED.includes(user.role) && !(await hasConfirmedTotp(db, user.id)),
    ip,
  };
}

/** For the login check only (as zona_auth): the hash never leaves the auth module. */
export async function findLoginUser(db: Db, email: string) {
  const [user] = await asAuth(db, (tx) =>
    tx
      .select({
        id: users.id,
        ambitoId: users.ambitoId,
        passwordHash: users.passwordHash,
        attivo: users.attivo,
        sessionVersion: users.sessionVersion,
      })
      .from(users)
      .where(eq(users.email, email.trim().toLowerCase()))
      .limit(1),
  );
  return user ?? null;
}
