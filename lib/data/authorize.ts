import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type Permission, scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError } from "./errors";
import { appScopeBypassed } from "./test-bypass";

export const MUST_CHANGE_PASSWORD_MESSAGE = "Devi cambiare la password prima di continuare.";
export const MFA_PENDING_MESSAGE = "Attiva la verifica in due passaggi prima di continuare.";

/**
 * The checks every data-layer call goes through: the actor must hold a temporary password
 * no longer (only replacing it is allowed meanwhile), and the role must have a scope for
 * `permission`. Returns that scope.
 */
function scopeOrThrow(actor: Actor, permission: Permission) {
  if (actor.mustChangePassword && permission !== "account.password")
    throw new ForbiddenError(MUST_CHANGE_PASSWORD_MESSAGE);
  if (actor.mfaPending && permission !== "account.mfa" && permission !== "account.password")
    throw new ForbiddenError(MFA_PENDING_MESSAGE);
  const scope = scopeFor(actor, permission);
  if (!scope) throw new ForbiddenError();
  return scope;
}

/**
 * The WHERE clause that limits a query to what `actor` may reach under `permission`.
 * Throws when the role has no scope at all for it.
 */
export function scopeWhere(
  actor: Actor,
  permission: Permission,
  cols: { ambitoId: AnyPgColumn; comuneId?: AnyPgColumn },
): SQL {
  const scope = scopeOrThrow(actor, permission);
  const inAmbito = eq(cols.ambitoId, actor.ambitoId);
  if (scope === "district" || !cols.comuneId || appScopeBypassed(permission)) return inAmbito;
  if (actor.comuneIds.length === 0) return sql`false`;
  // One comune (most workers) as an equality: an index then returns its rows already in the
  // list's order, where an IN list makes PostgreSQL sort them all before the first page.
  const [only] = actor.comuneIds;
  if (actor.comuneIds.length === 1 && only) return and(inAmbito, eq(cols.comuneId, only)) as SQL;
  return and(inAmbito, inArray(cols.comuneId, [...actor.comuneIds])) as SQL;
}

export function requirePermission(actor: Actor, permission: Permission): void {
  scopeOrThrow(actor, permission);
}
