import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginThrottle } from "@/db/schema";
import { asAuth } from "./scoped";

// The throttle works before anyone is signed in: as zona_auth.

const WINDOW_MS = 15 * 60_000;
const MAX_DELAY_MS = 15 * 60_000;
const RULES = { pair: { free: 5 }, ip: { free: 30 } } as const;

/** Delay after the n-th failure: none for the first free ones, then 30 s doubling, at most 15 min. */
export function backoffMs(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(30_000 * 2 ** (failures - free), MAX_DELAY_MS);
}

export function throttleKeys(email: string, ip: string | null) {
  const where = ip ?? "sconosciuto";
  return { pair: `conto:${email.trim().toLowerCase()}|${where}`, ip: `ip:${where}` };
}

/** When a login may be tried again, or null if now. */
export async function throttledUntil(
  db: Db,
  keys: { pair: string; ip: string },
): Promise<Date | null> {
  const rows = await asAuth(db, (tx) =>
    tx
      .select({ until: loginThrottle.bloccatoFino })
      .from(loginThrottle)
      .where(inArray(loginThrottle.chiave, [keys.pair, keys.ip])),
  );
  const now = Date.now();
  const until = rows.map((r) => r.until?.getTime() ?? 0).filter((t) => t > now);
  return until.length ? new Date(Math.max(...until)) : null;
}

export async function recordLoginFailure(
  db: Db,
  keys: { pair: string; ip: string },
): Promise<void> {
  await asAuth(db, (tx) => recordFailure(tx, keys));
}

async function recordFailure(db: Db, keys: { pair: string; ip: string }): Promise<void> {
  for (const [kind, key] of [
    ["pair", keys.pair],
    ["ip", keys.ip],
  ] as const) {
    // Failures older than the window are forgotten; the block grows with each new one.
    const [row] = await db
      .insert(loginThrottle)
      .values({ chiave: key, fallimenti: 1 })
      .onConflictDoUpdate({
        target: loginThrottle.chiave,
        set: {
          fallimenti: sql`case when ${loginThrottle.ultimoFallimento} < now() - make_interval(secs => ${WINDOW_MS / 1000}) then 1 else ${loginThrottle.fallimenti} + 1 end`,
          ultimoFallimento: sql`now()`,
        },
      })
      .returning({ fallimenti: loginThrottle.fallimenti });
    const delay = backoffMs(row?.fallimenti ?? 0, RULES[kind].free);
    if (delay > 0) {
      await db
        .update(loginThrottle)
        .set({ bloccatoFino: sql`now() + make_interval(secs => ${delay / 1000})` })
        .where(inArray(loginThrottle.chiave, [key]));
    }
  }
}

export async function clearLoginFailures(db: Db, keys: { pair: string }): Promise<void> {
  await asAuth(db, (tx) =>
    tx.delete(loginThrottle).where(inArray(loginThrottle.chiave, [keys.pair])),
  );
}
