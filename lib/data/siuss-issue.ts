import { and, desc, eq, isNull, like, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { siussFlows } from "@/db/schema";
import { romeDate } from "@/lib/domain/dates";
import type { RequestAction } from "@/lib/domain/request-workflow";
import { mapPs, mapSinba } from "@/lib/domain/siuss/map";
import type { FlussoDati, TipoFlusso, TipoOperazione } from "@/lib/domain/siuss/types";
import { flussoXml, idFlusso } from "@/lib/domain/siuss/xml";
import { validateFlusso } from "@/lib/siuss/validator";
import { asDistrict } from "./scoped";
import { benefitFacts, enteOf } from "./siuss-facts";

export type IssuedFlow = { id: string; idFlusso: string; valido: boolean };

/**
 * Writes one flusso: under a per-ambito lock held to the end of the transaction, so that
 * update timestamps are strictly increasing in commit order and a poll by `since` never skips
 * one; the daily progressive of its id is counted under the same lock.
 */
async function insertFlow(
  tx: Db,
  ambitoId: string,
  requestId: string,
  actorId: string | null,
  op: TipoOperazione,
  dati: FlussoDati,
  now: Date,
): Promise<IssuedFlow> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`flussi_siuss:${ambitoId}`}))`);
  const ente = await enteOf(tx, ambitoId);
  const prefix = idFlusso(ente.codice, dati.tipo, romeDate(now), 0).slice(0, -7);
  const [seq] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(siussFlows)
    .where(and(eq(siussFlows.ambitoId, ambitoId), like(siussFlows.idFlusso, `${prefix}%`)));
  const [top] = await tx
    .select({ last: sql<string | null>`max(${siussFlows.aggiornatoIlMs})::text` })
    .from(siussFlows)
    .where(eq(siussFlows.ambitoId, ambitoId));
  const ts = Math.max(now.getTime(), Number(top?.last ?? 0) + 1);
  const id = idFlusso(ente.codice, dati.tipo, romeDate(now), (seq?.n ?? 0) + 1);
  const xml = flussoXml(id, ente, [dati]);
  const check = await validateFlusso(dati.tipo, xml);
  const [row] = await tx
    .insert(siussFlows)
    .values({
      ambitoId,
      requestId,
      tipo: dati.tipo,
      tipoOperazione: op,
      idFlusso: id,
      aggiornatoIlMs: ts,
      dati,
      xml,
      valido: check.valid,
      erroreValidazione: check.valid ? null : check.message,
      creatoDa: actorId,
      creatoIl: now,
    })
    .returning({ id: siussFlows.id });
  return { id: row?.id as string, idFlusso: id, valido: check.valid };
}

/**
 * The flussi of one benefit for operation `op`: always PS-PSA-SINA, and SINBA too for a minor
 * whose cartella has its SINBA assessment. Reporting to INPS is the district's act: it runs
 * with the ambito's row scope whoever set it off.
 */
export async function issueFlows(
  tx: Db,
  actorId: string | null,
  requestId: string,
  op: TipoOperazione,
  opts: { only?: TipoFlusso; now?: Date } = {},
): Promise<IssuedFlow[]> {
  const now = opts.now ?? new Date();
  return asDistrict(tx, async () => {
    const found = await benefitFacts(tx, requestId, op);
    if (!found) return [];
    const sinba = mapSinba(found.facts).dati;
    const records = [mapPs(found.facts).dati, ...(sinba ? [sinba] : [])].filter(
      (d) => !opts.only || d.tipo === opts.only,
    );
    const out: IssuedFlow[] = [];
    for (const dati of records)
      out.push(await insertFlow(tx, found.ambitoId, requestId, actorId, op, dati, now));
    return out;
  });
}

/** Whether INPS has been sent (or will be offered) an insertion for this benefit. */
async function hasInsertion(tx: Db, requestId: string): Promise<boolean> {
  const [row] = await tx
    .select({ op: siussFlows.tipoOperazione })
    .from(siussFlows)
    .where(
      and(
        eq(siussFlows.requestId, requestId),
        eq(siussFlows.tipo, "PS_PSA_SINA"),
        isNull(siussFlows.sostituitoDa),
      ),
    )
    .orderBy(desc(siussFlows.aggiornatoIlMs))
    .limit(1);
  return row?.op === "I";
}

/**
 * The SIUSS side of a step of the procedure, in its transaction: an approval reports the
 * benefit (I), a revocation or renunciation of a reported benefit cancels it (C).
 */
export async function siussOnStep(
  tx: Db,
  actorId: string,
  requestId: string,
  action: RequestAction,
): Promise<void> {
  if (action === "approva") await issueFlows(tx, actorId, requestId, "I");
  if (action === "revoca" || action === "rinuncia") {
    const reported = await asDistrict(tx, () => hasInsertion(tx, requestId));
    if (reported) await issueFlows(tx, actorId, requestId, "C");
  }
}
