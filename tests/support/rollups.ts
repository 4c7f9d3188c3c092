import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

const TABLES = {
  cruscotto_cartelle: "ambito_id, comune_id, area, operatore_id",
  cruscotto_persone: "ambito_id, comune_id, area, sesso, anno_nascita",
  cruscotto_richieste: "ambito_id, comune_id, area, bando_id, mese, stato",
  cruscotto_decisioni: "ambito_id, comune_id, area, mese, esito, giorni",
  cruscotto_scadenze: "ambito_id, comune_id, area, scaduta_dal",
  cruscotto_budget: "ambito_id, bando_id, comune_id, area",
} as const;

/** Every rollup's non-empty rows, as text in a stable order: equal snapshots, equal figures. */
export async function rollupSnapshot(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [table, keys] of Object.entries(TABLES)) {
    const nonEmpty =
      table === "cruscotto_budget" ? "stanziato <> 0 or impegnato <> 0 or pagato <> 0" : "n <> 0";
    const res = await db.execute(
      sql.raw(
        `select (${keys})::text as k, ${
          table === "cruscotto_budget"
            ? "stanziato::text || '/' || impegnato::text || '/' || pagato::text"
            : "n::text"
        } as v from ${table} where ${nonEmpty} order by 1`,
      ),
    );
    const rows = (res as unknown as { rows: { k: string; v: string }[] }).rows;
    out[table] = rows.map((r) => `${r.k} = ${r.v}`);
  }
  return out;
}

export async function rebuildRollups(db: Db): Promise<void> {
  await db.execute(sql`select zona_rebuild_rollups()`);
}
