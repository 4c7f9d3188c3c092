import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type Permission, scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError } from "./errors";

/**
 * The WHERE clause that limits a query to what `actor` may reach under `permission`.
 * Throws when the role has no scope at all for it.
 */
export function scopeWhere(
  actor: Actor,
  permission: Permission,
  cols: { ambitoId: AnyPgColumn; comuneId?: AnyPgColumn },
): SQL {
  const scope = scopeFor(actor, permission);
  if (!scope) throw new ForbiddenError();
  const inAmbito = eq(cols.ambitoId, actor.ambitoId);
  if (scope === "district" || !cols.comuneId) return inAmbito;
  if (actor.comuneIds.length === 0) return sql`false`;
  return and(inAmbito, inArray(cols.comuneId, [...actor.comuneIds])) as SQL;
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!scopeFor(actor, permission)) throw new ForbiddenError();
}
