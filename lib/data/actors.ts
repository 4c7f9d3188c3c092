import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mfaTotp, sessions, userComuni, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { MFA_REQUIRED } from "./mfa";
import { isUuid } from "./pg-errors";
import { asAuth } from "./scoped";
import { applySessionVerdict, type SessionLimits, sessionVerdict } from "./sessions";

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

/**
 * One query for the user, their comuni, their authenticator and the session: this runs on
 * every request, so its round trips count.
 */
async function loadSignedIn(
  db: Db,
  userId: string,
  sessionVersion: number,
  sessionId: string,
  ip: string | null,
  limits: SessionLimits,
): Promise<Actor | null> {
  if (!isUuid(sessionId)) return null;
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
      comuneIds: sql<string[]>`array(select ${userComuni.comuneId}::text from ${userComuni}
        where ${userComuni.ambitoId} = ${users.ambitoId} and ${userComuni.userId} = ${users.id})`,
      totp: sql<boolean>`exists(select 1 from ${mfaTotp}
        where ${mfaTotp.userId} = ${users.id} and ${mfaTotp.confermatoIl} is not null)`,
      idle: sql<number | null>`extract(epoch from now() - ${sessions.ultimoUso})::int`,
      age: sql<number | null>`extract(epoch from now() - ${sessions.creataIl})::int`,
      chiusaIl: sessions.chiusaIl,
    })
    .from(users)
    .leftJoin(sessions, and(eq(sessions.id, sessionId), eq(sessions.userId, users.id)))
    .where(eq(users.id, userId))
    .limit(1);
  if (!user?.attivo || user.sessionVersion !== sessionVersion) return null;
  if (!(await applySessionVerdict(db, sessionId, sessionVerdict(user, limits)))) return null;
  return {
    id: user.id,
    ambitoId: user.ambitoId,
    role: user.role,
    nome: user.nome,
    email: user.email,
    comuneIds: user.comuneIds,
    mustChangePassword: user.mustChangePassword,
    mfaPending: MFA_REQUIRED.includes(user.role) && !user.totp,
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
