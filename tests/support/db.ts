import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { Client } from "pg";
import { type DbHandle, openDb } from "@/db/client";
import { users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/auth/roles";
import { loadActor } from "@/lib/data/actors";
import { openSession } from "@/lib/data/sessions";
import { FsStore } from "@/lib/storage/fs-store";

/** Where the seed puts its demo documents in tests: out of the project's ./data. */
export const seedStore = new FsStore(path.join(tmpdir(), "zona-test-seed-documents"));

export const LIMITS = { idleMinutes: 30, absoluteHours: 12 };

export type Driver = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when DATABASE_URL is set. */
// TEST_DRIVERS=postgres narrows a run to PostgreSQL (CI runs PGlite in a pass of its own).
const ALL: Driver[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
export const DRIVERS: Driver[] = process.env.TEST_DRIVERS
  ? ALL.filter((d) => process.env.TEST_DRIVERS?.split(",").includes(d))
  : ALL;

export type TestDb = { handle: DbHandle; close: () => Promise<void>; url?: string };

/**
 * A new, migrated and seeded database: in-memory PGlite, or a throw-away PostgreSQL
 * database created next to the one DATABASE_URL names and dropped afterwards.
 */
export async function freshDb(driver: Driver): Promise<TestDb> {
  if (driver === "pglite") {
    const handle = openDb({ pgliteDir: "memory://" });
    await handle.migrate();
    await seedDatabase(handle.db, { demo: true, password: "zona-demo-2026", store: seedStore });
    return { handle, close: () => handle.close() };
  }
  const base = process.env.DATABASE_URL as string;
  const name = `zona_it_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openDb({ databaseUrl: url.toString() });
  await handle.migrate();
  await seedDatabase(handle.db, { demo: true, password: "zona-demo-2026", store: seedStore });
  return {
    handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const EMAILS = {
  coordinatore: "coordinatore@pdz-pavia.example",
  asPavia: "as.pavia@pdz-pavia.example",
  asCava: "as.cavamanara@pdz-pavia.example",
  comunePavia: "comune.pavia@pdz-pavia.example",
  admin: "admin@pdz-pavia.example",
} as const;

export type Actors = Record<keyof typeof EMAILS, Actor>;

export async function demoActors(handle: DbHandle): Promise<Actors> {
  const out: Partial<Actors> = {};
  for (const [key, email] of Object.entries(EMAILS) as [keyof typeof EMAILS, string][]) {
    const [u] = await handle.db
      .select({ id: users.id, ambitoId: users.ambitoId, sv: users.sessionVersion })
      .from(users)
      .where(eq(users.email, email));
    if (!u) throw new Error(`demo user ${email} missing`);
    const sessionId = await openSession(handle.db, u);
    const token = { userId: u.id, sessionVersion: u.sv, sessionId };
    const actor = await loadActor(handle.db, token, "127.0.0.1", LIMITS);
    if (!actor) throw new Error(`demo user ${email} not loadable`);
    out[key] = actor;
  }
  return out as Actors;
}
