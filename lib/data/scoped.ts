import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";

/** What the database's row-level security lets this actor reach: the second wall behind lib/data. */
export function rowScope(actor: Actor): { scope: "district" | "comuni" | "none"; comuni: string } {
  const scope = scopeFor(actor, "person.read");
  if (scope === "district") return { scope: "district", comuni: "" };
  if (scope === "own_comune") return { scope: "comuni", comuni: actor.comuneIds.join(",") };
  return { scope: "none", comuni: "" };
}

/**
 * Runs `fn` in a transaction as the database role zona_app, which does not own the tables,
 * with the actor's ambito, comuni and id set for the row-level security policies. Nested calls
 * become savepoints of the same transaction and keep its settings.
 */
export function withActor<T>(db: Db, actor: Actor, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const { scope, comuni } = rowScope(actor);
    // set_config('role', …, true) is SET LOCAL ROLE: one round trip for the whole context.
    await tx.execute(sql`select set_config('zona.ambito_id', ${actor.ambitoId}, true),
      set_config('zona.scope', ${scope}, true), set_config('zona.comuni', ${comuni}, true),
      set_config('zona.user_id', ${actor.id}, true), set_config('role', 'zona_app', true)`);
    return fn(tx);
  });
}

/**
 * Runs `fn` in a transaction as the database role zona_auth: the work done before anyone is
 * signed in (login, throttle, second factor, the session lookup of every request). That role
 * reads and writes only the columns of users, sessions, authenticators and the throttle it
 * needs, may append to the access log, and cannot read any tenant table (persons, requests…).
 * Not for use inside withActor: SET LOCAL would outlast the savepoint.
 */
export function asAuth<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role zona_auth`);
    return fn(tx);
  });
}

/**
 * Widens the row-level scope of the current transaction to the whole ambito while `fn` runs,
 * then restores it. Only for acts that are the district's by nature and carry no personal
 * data out (the waiting list moving up, the positions of a graduatoria).
 */
export async function asDistrict<T>(tx: Db, fn: () => Promise<T>): Promise<T> {
  const result = await tx.execute(
    sql`select current_setting('zona.scope', true) as scope, set_config('zona.scope', 'district', true)`,
  );
  const prev = (result as unknown as { rows: { scope: string | null }[] }).rows[0]?.scope;
  // On an error the transaction is rolled back anyway: only a success restores the scope.
  const value = await fn();
  await tx.execute(sql`select set_config('zona.scope', ${prev ?? "none"}, true)`);
  return value;
}

/**
 * Promise.all's shape for the queries of one transaction, run one after another: a transaction
 * has one connection, which takes one query at a time (pg 8 queues the rest and warns that pg 9
 * will refuse them). Drizzle's builders start when awaited, so passing them unawaited is enough.
 */
export async function inTurn<T extends readonly unknown[]>(
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const q of queries) results.push(await q);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}
