import { randomInt } from "node:crypto";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/auth/password-policy";
import type { Actor } from "@/lib/auth/roles";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ForbiddenError, NotFoundError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

/** The ambito's accounts, for the system administrator; never the password hash. */
export async function listUsers(db: Db, actor: Actor) {
  return withActor(db, actor, async (tx) => {
    return tx
      .select({
        id: users.id,
        nome: users.nome,
        email: users.email,
        ruolo: users.ruolo,
        attivo: users.attivo,
        mustChangePassword: users.mustChangePassword,
      })
      .from(users)
      .where(scopeWhere(actor, "user.read", users))
      .orderBy(asc(users.ruolo), asc(users.nome));
  });
}

// No look-alike characters (0/o, 1/l/i): it is read out or copied by hand.
const TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Four groups of four random characters, e.g. "k7mq-2xvd-9hrt-c4pw": about 79 bits. */
export function temporaryPassword(): string {
  const group = () =>
    Array.from({ length: 4 }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join(
      "",
    );
  return [group(), group(), group(), group()].join("-");
}

/**
 * The system administrator resets the password of a user of their ambito: a random temporary
 * password replaces it, to be changed at the next login, and every session of the user ends.
 * The temporary password is returned once, to be shown to the administrator; only its hash
 * is stored, and it is never logged.
 */
export async function resetPassword(
  db: Db,
  actor: Actor,
  userId: string,
): Promise<{ temporaryPassword: string }> {
  requirePermission(actor, "user.manage");
  if (!isUuid(userId)) throw new NotFoundError("L'utente");
  if (userId === actor.id)
    throw new ForbiddenError("Per la tua password usa «Cambia password», in alto.");
  const [target] = await withActor(db, actor, (tx) =>
    tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, userId), scopeWhere(actor, "user.manage", users)))
      .limit(1),
  );
  if (!target) throw new NotFoundError("L'utente");
  let password = temporaryPassword();
  while (passwordProblems(password, { email: target.email }).length) password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await withActor(db, actor, async (tx) => {
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(and(eq(users.id, userId), eq(users.ambitoId, actor.ambitoId)))
      .returning({ id: users.id });
    if (!user) throw new NotFoundError("L'utente");
    await tx
      .update(sessions)
      .set({ chiusaIl: sql`now()`, motivoChiusura: "password reimpostata dall'amministratore" })
      .where(
        and(
          eq(sessions.ambitoId, actor.ambitoId),
          eq(sessions.userId, userId),
          isNull(sessions.chiusaIl),
        ),
      );
    await audit(tx, actor, "update", "password_reimpostata", userId);
  });
  return { temporaryPassword: password };
}

export async function checkDatabase(db: Db): Promise<boolean> {
  await db.select({ id: users.id }).from(users).where(eq(users.email, "")).limit(1);
  return true;
}
