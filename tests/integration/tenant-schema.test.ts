import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { DRIVERS, freshDb, type TestDb } from "../support/db";

/**
 * The schema rules that let one database hold many ambiti and, later, be distributed by
 * ambito_id (docs/scaling.md): every tenant table carries ambito_id, and its primary key, its
 * unique keys and its indexes lead with it. Read from the catalog of a migrated database.
 * Every exception is listed here with its reason; an exception that no longer applies fails
 * too, so the lists can only shrink.
 */

// Tables that are not any one ambito's: in a Citus layout, reference (replicated) tables.
const GLOBAL_TABLES: Record<string, string> = {
  ambiti: "the tenants themselves: each row is an ambito, and its id is the ambito_id",
  tentativi_accesso:
    "login throttling, keyed by e-mail and address before any ambito is known (lib/data/login-throttle.ts)",
};

// Tenant tables whose primary key is a single surrogate column (a random uuid or a bigserial,
// unique across all ambiti) referenced by single-column foreign keys. Cheap to keep on one
// primary; before distributing with Citus each becomes PRIMARY KEY (ambito_id, id) with
// composite foreign keys (docs/scaling.md, "Schema rules"). The key must stay exactly (id).
const SURROGATE_PK_TABLES = [
  "appuntamenti",
  "attestazioni_isee",
  "bandi",
  "budget_voci",
  "cartelle",
  "certificazioni_disabilita",
  "comuni",
  "documenti_persona",
  "documenti_richiesta",
  "documenti_ufficiali",
  "equipe_cartella",
  "eventi_bando",
  "eventi_cartella",
  "eventi_richiesta",
  "flussi_siuss",
  "importazioni_anagrafe",
  "interventi_progetto",
  "legami",
  "mfa_codici_recupero",
  "misure",
  "modelli_documento",
  "obiettivi_progetto",
  "persone",
  "progetti",
  "rate_erogazione",
  "registro_accessi",
  "richieste",
  "sedi_ufficio_piano",
  "sessioni",
  "trasferimenti",
  "utenti",
  "valutazioni",
  "verifiche_progetto",
  "versioni_voce_diario",
  "voci_diario",
];

// Other keys and indexes that do not lead with ambito_id, each with its reason.
const INDEX_EXCEPTIONS: Record<string, string> = {
  mfa_totp_pkey:
    "one authenticator per account, keyed by the account like utenti (a reference table with it under Citus)",
  utenti_email_unique:
    "login finds the account by e-mail before it knows the ambito: an e-mail is unique across the deployment",
  documenti_ufficiali_chiave_unique:
    "the storage key of an official document, in the same store shared by every ambito",
  documenti_persona_chiave_unique:
    "the storage key names an object in a store shared by every ambito: it must be unique across them",
};

// Tenant tables without a primary key: the dashboard rollups (migration 0016) are sums with no
// identity of their own, keyed by a UNIQUE constraint that leads with ambito_id (checked with
// the other keys below). Some of their dimensions may be empty (NULLS NOT DISTINCT), which a
// primary key cannot hold; Citus distributes such tables by ambito_id all the same.
const KEYED_BY_UNIQUE: Record<string, string> = {
  cruscotto_budget: "cruscotto_budget_uq",
  cruscotto_cartelle: "cruscotto_cartelle_uq",
  cruscotto_decisioni: "cruscotto_decisioni_uq",
  cruscotto_persone: "cruscotto_persone_uq",
  cruscotto_richieste: "cruscotto_richieste_uq",
  cruscotto_scadenze: "cruscotto_scadenze_uq",
};

// Tenant tables whose ambito_id may be null, with the reason.
const NULLABLE_AMBITO: Record<string, string> = {
  registro_accessi:
    "the audit log also records what happens before an ambito is known (a failed login for an unknown e-mail)",
};

type Column = { table: string; nullable: boolean };
type Index = {
  table: string;
  name: string;
  primary: boolean;
  unique: boolean;
  columns: string[];
};

async function catalog(t: TestDb) {
  const tables = (
    (await t.handle.db.execute(sql`
      SELECT c.relname AS name FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
       ORDER BY 1`)) as unknown as { rows: { name: string }[] }
  ).rows.map((r) => r.name);
  const ambitoColumns = (
    (await t.handle.db.execute(sql`
      SELECT c.relname AS "table", NOT a.attnotnull AS nullable
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
         AND a.attname = 'ambito_id' AND NOT a.attisdropped`)) as unknown as { rows: Column[] }
  ).rows;
  // indkey holds the key columns (0 for an expression); ordinality keeps their order.
  const indexes = (
    (await t.handle.db.execute(sql`
      SELECT t.relname AS "table", i.relname AS name, x.indisprimary AS "primary",
             x.indisunique AS "unique",
             array(SELECT coalesce(a.attname::text, '(expr)')
                     FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                     LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                    ORDER BY k.n)::text[] AS columns
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
       WHERE t.relnamespace = 'public'::regnamespace AND t.relkind IN ('r', 'p')
       ORDER BY 1, 2`)) as unknown as { rows: Index[] }
  ).rows;
  return { tables, ambitoColumns, indexes };
}

describe.each(DRIVERS)("tenant schema rules (%s)", (driver) => {
  let t: TestDb;
  let c: Awaited<ReturnType<typeof catalog>>;

  beforeAll(async () => {
    t =
      driver === "pglite"
        ? await (async () => {
            // Only the schema matters here: migrations without the seed.
            const handle = openDb({ pgliteDir: "memory://" });
            await handle.migrate();
            return { handle, close: () => handle.close() };
          })()
        : await freshDb(driver);
    c = await catalog(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  const tenantTables = () => c.tables.filter((name) => !(name in GLOBAL_TABLES));

  it("sees the schema (a catalog read that finds nothing proves nothing)", () => {
    expect(c.tables.length).toBeGreaterThan(30);
    expect(c.indexes.length).toBeGreaterThan(60);
    expect(c.tables).toContain("richieste");
  });

  it("gives every tenant table an ambito_id, not null unless listed", () => {
    const withAmbito = new Map(c.ambitoColumns.map((col) => [col.table, col.nullable]));
    const missing = tenantTables().filter((name) => !withAmbito.has(name));
    expect(missing).toEqual([]);
    const nullable = [...withAmbito].filter(([, n]) => n).map(([name]) => name);
    expect(nullable.sort()).toEqual(Object.keys(NULLABLE_AMBITO).sort());
  });

  it("gives every tenant table a primary key", () => {
    const withPk = new Set(c.indexes.filter((i) => i.primary).map((i) => i.table));
    expect(tenantTables().filter((name) => !withPk.has(name))).toEqual(
      Object.keys(KEYED_BY_UNIQUE).sort(),
    );
    const keys = new Map(c.indexes.map((i) => [i.name, i]));
    for (const [table, key] of Object.entries(KEYED_BY_UNIQUE)) {
      expect(keys.get(key), key).toMatchObject({
        table,
        columns: expect.arrayContaining(["ambito_id"]),
      });
      expect(keys.get(key)?.columns[0], key).toBe("ambito_id");
    }
  });

  it("makes every key and index of a tenant table lead with ambito_id, or lists why not", () => {
    const tenant = new Set(tenantTables());
    const offending = c.indexes.filter((i) => tenant.has(i.table) && i.columns[0] !== "ambito_id");
    const surrogate = offending.filter((i) => i.primary && SURROGATE_PK_TABLES.includes(i.table));
    // A surrogate key is exactly the one id column, nothing wider.
    expect(
      surrogate
        .filter((i) => !(i.columns.length === 1 && i.columns[0] === "id"))
        .map((i) => i.name),
    ).toEqual([]);
    const unexplained = offending
      .filter((i) => !surrogate.includes(i) && !(i.name in INDEX_EXCEPTIONS))
      .map((i) => `${i.table}.${i.name} (${i.columns.join(", ")})`);
    expect(unexplained).toEqual([]);
  });

  it("keeps the exception lists exact: each entry still exists and still needs its exception", () => {
    const byName = new Map(c.indexes.map((i) => [i.name, i]));
    const stale = Object.keys(INDEX_EXCEPTIONS).filter(
      (name) => byName.get(name)?.columns[0] === "ambito_id" || !byName.has(name),
    );
    expect(stale).toEqual([]);
    const pk = new Map(c.indexes.filter((i) => i.primary).map((i) => [i.table, i]));
    const fixed = SURROGATE_PK_TABLES.filter((name) => pk.get(name)?.columns[0] !== "id");
    expect(fixed).toEqual([]);
    const unknownGlobal = Object.keys(GLOBAL_TABLES).filter((name) => !c.tables.includes(name));
    expect(unknownGlobal).toEqual([]);
  });
});
