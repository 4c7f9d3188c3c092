import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ambiti, auditLog, siussFlows } from "@/db/schema";
import type { Esito } from "@/lib/validation/siuss";
import { enteOf } from "./siuss-facts";

/**
 * The data side of INPS's WaaS API. INPS is no user of Zona: its calls, once the voucher and
 * address are checked (lib/auth/waas.ts), act for the ambito the endpoint serves
 * (WAAS_AMBITO, or the only one), as zona_app with that ambito's row scope.
 */
/** INPS's calls go to the access log without a user: the ambito, the flusso, the address. */
async function logCall(
  tx: Db,
  ambitoId: string,
  azione: "export" | "update",
  ids: string[],
  ip: string | null,
) {
  if (ids.length === 0) return;
  await tx.insert(auditLog).values(
    ids.map((entitaId) => ({
      ambitoId,
      actorId: null,
      azione,
      entita: "flusso_siuss",
      entitaId,
      ip,
    })),
  );
}

async function withWaas<T>(
  db: Db,
  ambitoCodice: string | undefined,
  fn: (tx: Db, ambitoId: string) => Promise<T>,
): Promise<T | null> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: ambiti.id })
      .from(ambiti)
      .where(ambitoCodice ? eq(ambiti.codice, ambitoCodice) : sql`true`)
      .limit(2);
    if (rows.length !== 1 || !rows[0]) return null;
    const ambitoId = rows[0].id;
    await tx.execute(sql`select set_config('zona.ambito_id', ${ambitoId}, true),
      set_config('zona.scope', 'district', true), set_config('zona.comuni', '', true),
      set_config('zona.user_id', '', true)`);
    await tx.execute(sql`set local role zona_app`);
    return fn(tx, ambitoId);
  });
}

export type WaasFlusso = {
  codice_ente: string;
  denominazione_ente: string;
  id_flusso: string;
  tipo: "PS_PSA_SINA" | "SINBA";
  ts_flusso: string;
  flusso: string;
};

/**
 * The valid flussi updated strictly after `since` (ms), oldest first, at most `limit`. Invalid
 * flussi are held back; a corrected one is a new flusso with a later timestamp.
 */
export async function pullFlussi(
  db: Db,
  ambitoCodice: string | undefined,
  since: number,
  limit: number,
  ip: string | null,
): Promise<WaasFlusso[] | null> {
  return withWaas(db, ambitoCodice, async (tx, ambitoId) => {
    if (limit === 0) return [];
    const ente = await enteOf(tx, ambitoId);
    const rows = await tx
      .select({
        id: siussFlows.id,
        idFlusso: siussFlows.idFlusso,
        tipo: siussFlows.tipo,
        ts: siussFlows.aggiornatoIlMs,
        xml: siussFlows.xml,
      })
      .from(siussFlows)
      .where(
        and(
          eq(siussFlows.ambitoId, ambitoId),
          eq(siussFlows.valido, true),
          gt(siussFlows.aggiornatoIlMs, since),
        ),
      )
      .orderBy(asc(siussFlows.aggiornatoIlMs))
      .limit(limit);
    await logCall(
      tx,
      ambitoId,
      "export",
      rows.map((r) => r.id),
      ip,
    );
    return rows.map((r) => ({
      codice_ente: ente.codice,
      denominazione_ente: ente.denominazione,
      id_flusso: r.idFlusso,
      tipo: r.tipo as WaasFlusso["tipo"],
      ts_flusso: new Date(r.ts).toISOString(),
      flusso: Buffer.from(r.xml, "utf8").toString("base64"),
    }));
  });
}

/** Records INPS's esiti: OK → acquisito, anything else → scartato with INPS's description. */
export async function recordEsiti(
  db: Db,
  ambitoCodice: string | undefined,
  esiti: Esito[],
  ip: string | null,
): Promise<{ recorded: number; unknown: number } | null> {
  return withWaas(db, ambitoCodice, async (tx, ambitoId) => {
    let recorded = 0;
    for (const e of esiti) {
      const updated = await tx
        .update(siussFlows)
        .set({
          stato: e.codice_esito === "OK" ? "acquisito" : "scartato",
          codiceEsito: e.codice_esito,
          esitoDescrizione: e.descrizione_esito ?? null,
          esitoIl: new Date(e.ts_acquisizione),
          idAcquisizioneSiuss: e.id_acquisizione_siuss ?? null,
        })
        .where(and(eq(siussFlows.ambitoId, ambitoId), eq(siussFlows.idFlusso, e.id_flusso)))
        .returning({ id: siussFlows.id });
      recorded += updated.length;
      await logCall(
        tx,
        ambitoId,
        "update",
        updated.map((u) => u.id),
        ip,
      );
    }
    return { recorded, unknown: esiti.length - recorded };
  });
}

/** GET /status: whether the database answers for the served ambito. */
export async function waasStatus(db: Db, ambitoCodice: string | undefined): Promise<boolean> {
  try {
    return (await withWaas(db, ambitoCodice, async () => true)) === true;
  } catch {
    return false;
  }
}
