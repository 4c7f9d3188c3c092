import { mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { Pool } from "pg";
import { isDatabaseUnavailable } from "@/lib/data/pg-errors";
import { readEnv } from "@/lib/env";
import { markDatabaseDown, setDatabaseProbe } from "./health";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbHandle = {
  db: Db;
  driver: "pglite" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export function openDb(opts: {
  databaseUrl?: string;
  pgliteDir?: string;
  poolSize?: number;
}): DbHandle {
  if (opts.databaseUrl) {
    // A bounded wait for a connection: with the server away, requests fail fast (503) instead of hanging.
    const pool = new Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
    });
    pool.on("error", (err) => {
      console.error("[db] errore del pool:", err.message);
      if (isDatabaseUnavailable(err)) markDatabaseDown();
    });
    setDatabaseProbe(async () => {
      await pool.query("select 1");
    });
    const db = drizzlePg(pool, { schema });
    return {
      db,
      driver: "postgres",
      migrate: () => migratePg(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const dir = opts.pgliteDir ?? "./data/pglite";
  if (!dir.startsWith("memory://")) {
    mkdirSync(dir, { recursive: true });
    assertWritable(dir);
  }
  // Extensions the migrations create (person search) must be loaded with the client.
  const client = new PGlite(dir, { extensions: { pg_trgm, unaccent, btree_gin } });
  const db = drizzlePglite(client, { schema });
  return {
    db,
    driver: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

/**
 * PGlite writes its files as it goes: a folder it cannot write would fail midway, leaving a
 * half-written database. Better a clear refusal before anything is opened.
 */
function assertWritable(dir: string): void {
  const probe = path.join(dir, `.zona-scrivibile-${process.pid}`);
  try {
    writeFileSync(probe, "");
    unlinkSync(probe);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "errore";
    throw new Error(
      `La cartella del database incorporato non è scrivibile (PGLITE_DATA_DIR=${dir}, ${code}): Zona non si avvia, per non danneggiarla. Correggi i permessi della cartella o indicane un'altra.`,
    );
  }
}

const globalForDb = globalThis as unknown as { zonaDb?: DbHandle; zonaDbReady?: Promise<void> };

/** The process-wide handle, configured from the environment. */
export function dbHandle(): DbHandle {
  if (!globalForDb.zonaDb) {
    const env = readEnv();
    globalForDb.zonaDb = openDb({
      databaseUrl: env.DATABASE_URL,
      pgliteDir: env.PGLITE_DATA_DIR,
      poolSize: env.DATABASE_POOL_SIZE,
    });
  }
  return globalForDb.zonaDb;
}

export function db(): Db {
  return dbHandle().db;
}
