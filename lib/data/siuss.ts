import { and, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { measures, requests, siussFlows, siussSettings } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { romeDate } from "@/lib/domain/dates";
import { mapPs, mapSinba } from "@/lib/domain/siuss/map";
import type { FlussoDati, TipoFlusso, TipoOperazione } from "@/lib/domain/siuss/types";
import { flussoXml, idFlusso } from "@/lib/domain/siuss/xml";
import { validateFlusso } from "@/lib/siuss/validator";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { SiussExportSchema, SiussSettingsSchema } from "@/lib/validation/siuss";
import { audit } from "./audit";
import { requirePermission } from "./authorize";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { withActor } from "./scoped";
import { benefitFacts, enteOf } from "./siuss-facts";
import { issueFlows } from "./siuss-issue";

export type FlussoState = "pending" | "acquisito" | "scartato" | "non_valido" | "sostituito";

export type FlussoRow = {
  id: string;
  idFlusso: string;
  tipo: TipoFlusso;
  tipoOperazione: TipoOperazione;
  aggiornatoIl: string;
  state: FlussoState;
  esitoDescrizione: string | null;
  erroreValidazione: string | null;
  requestId: string;
  protocollo: string | null;
  misura: string;
};

const PAGE = 50;

function stateOf(r: { valido: boolean; stato: string; sostituitoDa: string | null }): FlussoState {
  if (r.sostituitoDa) return "sostituito";
  if (!r.valido) return "non_valido";
  return r.stato as FlussoState;
}

/** The ambito's flussi, newest first, PAGE at a time (keyset on the update timestamp). */
export async function listFlussi(
  db: Db,
  actor: Actor,
  opts: { before?: number } = {},
): Promise<{ rows: FlussoRow[]; next: number | null; counts: Record<FlussoState, number> }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "siuss.read");
    const inAmbito = eq(siussFlows.ambitoId, actor.ambitoId);
    const rows = await tx
      .select({
        id: siussFlows.id,
        idFlusso: siussFlows.idFlusso,
        tipo: siussFlows.tipo,
        tipoOperazione: siussFlows.tipoOperazione,
        ts: siussFlows.aggiornatoIlMs,
        valido: siussFlows.valido,
        stato: siussFlows.stato,
        sostituitoDa: siussFlows.sostituitoDa,
        esitoDescrizione: siussFlows.esitoDescrizione,
        erroreValidazione: siussFlows.erroreValidazione,
        requestId: siussFlows.requestId,
        anno: requests.protocolloAnno,
        numero: requests.protocolloNumero,
        misura: measures.nome,
      })
      .from(siussFlows)
      .innerJoin(requests, eq(requests.id, siussFlows.requestId))
      .innerJoin(measures, eq(measures.id, requests.measureId))
      .where(opts.before ? and(inAmbito, lt(siussFlows.aggiornatoIlMs, opts.before)) : inAmbito)
      .orderBy(desc(siussFlows.aggiornatoIlMs))
      .limit(PAGE + 1);
    const grouped = await tx
      .select({
        valido: siussFlows.valido,
        stato: siussFlows.stato,
        sostituito: sql<boolean>`${siussFlows.sostituitoDa} is not null`,
        n: sql<number>`count(*)::int`,
      })
      .from(siussFlows)
      .where(inAmbito)
      .groupBy(siussFlows.valido, siussFlows.stato, sql`${siussFlows.sostituitoDa} is not null`);
    const counts: Record<FlussoState, number> = {
      pending: 0,
      acquisito: 0,
      scartato: 0,
      non_valido: 0,
      sostituito: 0,
    };
    for (const g of grouped)
      counts[stateOf({ ...g, sostituitoDa: g.sostituito ? "x" : null })] += g.n;
    await audit(tx, actor, "view", "flussi_siuss", null);
    const page = rows.slice(0, PAGE);
    return {
      rows: page.map((r) => ({
        id: r.id,
        idFlusso: r.idFlusso,
        tipo: r.tipo as TipoFlusso,
        tipoOperazione: r.tipoOperazione as TipoOperazione,
        aggiornatoIl: new Date(r.ts).toISOString(),
        state: stateOf(r),
        esitoDescrizione: r.esitoDescrizione,
        erroreValidazione: r.erroreValidazione,
        requestId: r.requestId,
        protocollo: r.anno && r.numero ? `${r.anno}/${r.numero}` : null,
        misura: r.misura,
      })),
      next: rows.length > PAGE ? (page[page.length - 1]?.ts ?? null) : null,
      counts,
    };
  });
}

export type MissingRow = {
  requestId: string;
  protocollo: string | null;
  misura: string;
  missing: string[];
};

/** What Zona lacks to report each granted benefit fully (newest 200 benefits). */
export async function listMissingData(db: Db, actor: Actor): Promise<MissingRow[]> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "siuss.manage");
    const benefits = await tx
      .select({
        id: requests.id,
        anno: requests.protocolloAnno,
        numero: requests.protocolloNumero,
        misura: measures.nome,
      })
      .from(requests)
      .innerJoin(measures, eq(measures.id, requests.measureId))
      .where(
        and(
          eq(requests.ambitoId, actor.ambitoId),
          inArray(requests.stato, ["approvata", "in_erogazione", "conclusa"]),
        ),
      )
      .orderBy(desc(requests.protocolloAnno), desc(requests.protocolloNumero))
      .limit(200);
    const out: MissingRow[] = [];
    const ente = await enteOf(tx, actor.ambitoId);
    const enteMissing = ente.cfOperatore
      ? []
      : ["Manca il codice fiscale dell'operatore SIUSS (impostazioni qui sotto)."];
    for (const b of benefits) {
      const found = await benefitFacts(tx, b.id, "I");
      if (!found) continue;
      const missing = [
        ...enteMissing,
        ...mapPs(found.facts).missing,
        ...mapSinba(found.facts).missing,
      ];
      if (missing.length)
        out.push({
          requestId: b.id,
          protocollo: b.anno && b.numero ? `${b.anno}/${b.numero}` : null,
          misura: b.misura,
          missing,
        });
    }
    return out;
  });
}

/**
 * Issues again, from the current data, a flusso INPS rejected or the validator held back;
 * the old one is marked as replaced. Returns the new flussi.
 */
export async function reissueFlusso(db: Db, actor: Actor, id: string) {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "siuss.manage");
    const [f] = await tx
      .select({
        requestId: siussFlows.requestId,
        tipo: siussFlows.tipo,
        op: siussFlows.tipoOperazione,
        valido: siussFlows.valido,
        stato: siussFlows.stato,
        sostituitoDa: siussFlows.sostituitoDa,
        anonimizzato: sql<boolean>`not (${siussFlows.dati} ? 'tipo')`,
      })
      .from(siussFlows)
      .where(and(eq(siussFlows.id, id), eq(siussFlows.ambitoId, actor.ambitoId)))
      .for("update")
      .limit(1);
    if (!f) throw new NotFoundError("Il flusso");
    if (f.anonimizzato) throw new ConflictError("Il flusso è stato anonimizzato (conservazione).");
    if (f.sostituitoDa) throw new ConflictError("Il flusso è già stato sostituito.");
    if (f.valido && f.stato !== "scartato")
      throw new ConflictError("Si riemettono solo i flussi scartati da INPS o non validi.");
    // Logged first: the access log's lock, then the flussi's, as in every step of the procedure.
    await audit(tx, actor, "update", "flusso_siuss", id);
    const issued = await issueFlows(tx, actor.id, f.requestId, f.op as TipoOperazione, {
      only: f.tipo as TipoFlusso,
    });
    const first = issued[0];
    if (!first) throw new ConflictError("Con i dati attuali il flusso non si può produrre.");
    await tx.update(siussFlows).set({ sostituitoDa: first.id }).where(eq(siussFlows.id, id));
    await audit(tx, actor, "create", "flusso_siuss", first.id);
    return first;
  });
}

/**
 * The valid flussi of a period (by issue date) in one XML file, as INPS's web upload accepts:
 * several beneficiaries, all of one type. Validated like every flusso.
 */
export async function exportFlussi(db: Db, actor: Actor, input: unknown) {
  const parsed = SiussExportSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { dal, al, tipo } = parsed.data;
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "siuss.manage");
    const day = sql`(${siussFlows.creatoIl} at time zone 'Europe/Rome')::date`;
    const rows = await tx
      .select({ id: siussFlows.id, dati: siussFlows.dati })
      .from(siussFlows)
      .where(
        and(
          eq(siussFlows.ambitoId, actor.ambitoId),
          eq(siussFlows.tipo, tipo),
          eq(siussFlows.valido, true),
          isNull(siussFlows.sostituitoDa),
          sql`${day} between ${dal} and ${al}`,
        ),
      )
      .orderBy(siussFlows.aggiornatoIlMs);
    if (rows.length === 0) throw new NotFoundError("Nessun flusso valido nel periodo: il flusso");
    const ente = await enteOf(tx, actor.ambitoId);
    const nome = idFlusso(ente.codice, tipo, romeDate(new Date()), 0);
    const xml = flussoXml(
      nome,
      ente,
      rows.map((r) => r.dati as FlussoDati),
    );
    const check = await validateFlusso(tipo, xml);
    if (!check.valid) throw new ConflictError(`Il file del periodo non è valido: ${check.message}`);
    await audit(tx, actor, "export", "flussi_siuss", null);
    const kind = tipo === "SINBA" ? "SINBA" : "PS";
    return { filename: `${ente.codice}.${kind}.${dal}_${al}.xml`, xml, count: rows.length };
  });
}

export async function getSiussSettings(db: Db, actor: Actor): Promise<{ cfOperatore: string }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "siuss.manage");
    const [row] = await tx
      .select({ cf: siussSettings.cfOperatore })
      .from(siussSettings)
      .where(eq(siussSettings.ambitoId, actor.ambitoId));
    return { cfOperatore: row?.cf ?? "" };
  });
}

export async function saveSiussSettings(db: Db, actor: Actor, input: unknown) {
  const parsed = SiussSettingsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "siuss.manage");
    const values = {
      ambitoId: actor.ambitoId,
      cfOperatore: parsed.data.cfOperatore,
      aggiornatoDa: actor.id,
      aggiornatoIl: new Date(),
    };
    await tx
      .insert(siussSettings)
      .values(values)
      .onConflictDoUpdate({ target: siussSettings.ambitoId, set: values });
    await audit(tx, actor, "update", "impostazioni_siuss", actor.ambitoId);
    return { cfOperatore: parsed.data.cfOperatore };
  });
}
