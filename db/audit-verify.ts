import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "./client";

export type ChainBreak = {
  ambitoId: string | null;
  corsia: number;
  id: number;
  seq: number | null;
  reason: string;
};
export type ChainReport = { checked: number; ambiti: number; breaks: ChainBreak[] };

type Row = {
  id: number;
  ambito_id: string | null;
  corsia: number;
  seq: number | null;
  at_text: string;
  attore_id: string | null;
  azione: string;
  entita: string;
  entita_id: string | null;
  ip: string | null;
  prev_hash: string | null;
  hash: string | null;
};

/** The same canonical text as registro_accessi_payload() in the migrations. */
function payload(r: Row): string {
  return [
    r.ambito_id ?? "-",
    String(r.seq),
    r.at_text,
    r.attore_id ?? "-",
    r.azione,
    r.entita,
    r.entita_id ?? "-",
    r.ip ?? "-",
  ].join("|");
}

/**
 * Recomputes every hash chain of the audit log (up to 16 per ambito, `corsia`), independently
 * of the database's own trigger: a changed, removed or inserted row breaks its chain there.
 */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<ChainReport> {
  const breaks: ChainBreak[] = [];
  let checked = 0;
  const ambiti = new Set<string>();
  let last: { ambito: string | null; corsia: number; seq: number; hash: string } | null = null;
  let cursor = { ambito: "", corsia: -1, seq: -1 };
  for (;;) {
    const result = await db.execute(sql`
      SELECT id::int AS id, ambito_id, corsia::int AS corsia, seq::int AS seq, attore_id, azione, entita, entita_id, ip, prev_hash, hash,
             to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_text
      FROM registro_accessi
      WHERE (coalesce(ambito_id::text, ''), corsia, coalesce(seq, -1))
            > (${cursor.ambito}, ${cursor.corsia}, ${cursor.seq})
      ORDER BY coalesce(ambito_id::text, ''), corsia, coalesce(seq, -1)
      LIMIT ${batch}`);
    const rows = (result as unknown as { rows: Row[] }).rows;
    if (rows.length === 0) break;
    for (const r of rows) {
      checked++;
      ambiti.add(r.ambito_id ?? "-");
      const sameChain: boolean =
        last !== null && last.ambito === r.ambito_id && last.corsia === r.corsia;
      const expectedPrev = sameChain && last ? last.hash : "";
      const expectedSeq: number = sameChain && last ? last.seq + 1 : 1;
      const expectedHash = createHash("sha256")
        .update(`${r.prev_hash ?? ""}|${payload(r)}`, "utf8")
        .digest("hex");
      const at = { ambitoId: r.ambito_id, corsia: r.corsia, id: r.id, seq: r.seq };
      if (r.seq !== expectedSeq)
        breaks.push({ ...at, reason: `sequenza attesa ${expectedSeq}, trovata ${r.seq}` });
      else if ((r.prev_hash ?? "") !== expectedPrev)
        breaks.push({ ...at, reason: "non è collegata alla riga precedente" });
      else if (r.hash !== expectedHash)
        breaks.push({ ...at, reason: "il contenuto non corrisponde all'impronta" });
      last = { ambito: r.ambito_id, corsia: r.corsia, seq: r.seq ?? 0, hash: r.hash ?? "" };
      cursor = { ambito: r.ambito_id ?? "", corsia: r.corsia, seq: r.seq ?? -1 };
    }
  }
  return { checked, ambiti: ambiti.size, breaks };
}
