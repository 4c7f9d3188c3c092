import { and, asc, desc, eq, gte, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ambiti, bandi, comuni, measures, officialDocuments, portalOffices } from "@/db/schema";
import type { Area, MeasureKind } from "@/lib/domain/areas";
import type { ImportoFascia } from "@/lib/domain/bando-amounts";
import type { CopaymentParams } from "@/lib/domain/copayment";
import type { EligibilityRule } from "@/lib/domain/eligibility";
import type { ScoringRule } from "@/lib/domain/scoring";
import { type DocumentStore, documentStore } from "@/lib/storage";
import type { OfficeHours } from "@/lib/validation/portal";
import { NotFoundError } from "./errors";
import { isUuid } from "./pg-errors";

/**
 * The public portal's reads. Nobody is signed in: each read runs as zona_app in a read-only
 * transaction with the portal's ambito and no row scope, so the database itself lets through
 * only the ambito's public tables (catalogue, bandi, offices, documents), never a person.
 * Results are plain JSON (dates as strings) so that they can be cached (lib/portal/cached.ts).
 */

export type PortalAmbito = { id: string; nome: string; ente: string };

async function withPortal<T>(db: Db, ambitoId: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set transaction read only`);
    await tx.execute(sql`select set_config('zona.ambito_id', ${ambitoId}, true),
      set_config('zona.scope', 'none', true), set_config('zona.comuni', '', true),
      set_config('zona.user_id', '', true)`);
    await tx.execute(sql`set local role zona_app`);
    return fn(tx);
  });
}

/** The ambito the portal serves: the one with `codice`, or the only one; null otherwise. */
export async function findPortalAmbito(
  db: Db,
  codice: string | undefined,
): Promise<PortalAmbito | null> {
  const rows = await db
    .select({ id: ambiti.id, nome: ambiti.nome, ente: ambiti.ente })
    .from(ambiti)
    .where(codice ? eq(ambiti.codice, codice) : sql`true`)
    .limit(2);
  return rows.length === 1 && rows[0] ? rows[0] : null;
}

export type PortalComune = { nome: string; capofila: boolean; popolazione: number | null };

/** The comuni of the ambito, the capofila first. */
export async function listPortalComuni(db: Db, ambitoId: string): Promise<PortalComune[]> {
  return withPortal(db, ambitoId, async (tx) => {
    const rows = await tx
      .select({ nome: comuni.nome, capofila: comuni.capofila, popolazione: comuni.popolazione })
      .from(comuni)
      .where(eq(comuni.ambitoId, ambitoId))
      .orderBy(desc(comuni.capofila), asc(comuni.nome));
    return rows.map((r) => ({ ...r, capofila: r.capofila > 0 }));
  });
}

export type PortalOffice = {
  id: string;
  nome: string;
  indirizzo: string;
  telefono: string;
  email: string;
  note: string;
  orari: OfficeHours[];
  aggiornatoIl: string;
};

export async function listPortalOffices(db: Db, ambitoId: string): Promise<PortalOffice[]> {
  return withPortal(db, ambitoId, async (tx) => {
    const rows = await tx
      .select({
        id: portalOffices.id,
        nome: portalOffices.nome,
        indirizzo: portalOffices.indirizzo,
        telefono: portalOffices.telefono,
        email: portalOffices.email,
        note: portalOffices.note,
        orari: portalOffices.orari,
        aggiornatoIl: portalOffices.aggiornatoIl,
      })
      .from(portalOffices)
      .where(eq(portalOffices.ambitoId, ambitoId))
      .orderBy(asc(portalOffices.ordine), asc(portalOffices.nome));
    return rows.map((r) => ({
      ...r,
      orari: r.orari as OfficeHours[],
      aggiornatoIl: r.aggiornatoIl.toISOString(),
    }));
  });
}

export type PortalDocument = {
  id: string;
  titolo: string;
  descrizione: string;
  dataAtto: string | null;
  nomeFile: string;
  dimensione: number;
  caricatoIl: string;
};

/** Published official documents (not withdrawn), newest act first. */
export async function listPortalDocuments(db: Db, ambitoId: string): Promise<PortalDocument[]> {
  return withPortal(db, ambitoId, async (tx) => {
    const rows = await tx
      .select({
        id: officialDocuments.id,
        titolo: officialDocuments.titolo,
        descrizione: officialDocuments.descrizione,
        dataAtto: officialDocuments.dataAtto,
        nomeFile: officialDocuments.nomeFile,
        dimensione: officialDocuments.dimensione,
        caricatoIl: officialDocuments.caricatoIl,
      })
      .from(officialDocuments)
      .where(and(eq(officialDocuments.ambitoId, ambitoId), isNull(officialDocuments.ritiratoIl)))
      .orderBy(
        sql`${officialDocuments.dataAtto} desc nulls last`,
        desc(officialDocuments.caricatoIl),
      );
    return rows.map((r) => ({ ...r, caricatoIl: r.caricatoIl.toISOString() }));
  });
}

/** A published document's bytes for the public download; withdrawn or unknown → 404. */
export async function openPortalDocument(
  db: Db,
  ambitoId: string,
  id: string,
  store: DocumentStore = documentStore(),
): Promise<{ bytes: Uint8Array; nomeFile: string; tipoMime: string; sha256: string }> {
  if (!isUuid(id)) throw new NotFoundError("Il documento");
  const doc = await withPortal(db, ambitoId, async (tx) => {
    const [row] = await tx
      .select({
        chiave: officialDocuments.chiave,
        nomeFile: officialDocuments.nomeFile,
        tipoMime: officialDocuments.tipoMime,
        sha256: officialDocuments.sha256,
      })
      .from(officialDocuments)
      .where(
        and(
          eq(officialDocuments.id, id),
          eq(officialDocuments.ambitoId, ambitoId),
          isNull(officialDocuments.ritiratoIl),
        ),
      )
      .limit(1);
    return row;
  });
  if (!doc) throw new NotFoundError("Il documento");
  const bytes = await store.get(doc.chiave);
  return { bytes, nomeFile: doc.nomeFile, tipoMime: doc.tipoMime, sha256: doc.sha256 };
}

export type PortalMeasure = {
  id: string;
  codice: string;
  nome: string;
  descrizione: string;
  tipo: MeasureKind;
  area: Area;
  /** SIUSS PresenzaProvaMezzi: 1 ISEE, 2 other means test, 3 ISEE waived, 4 none. */
  provaMezzi: number | null;
  importoMensile: string | null;
  mesiMassimi: number | null;
};

export type PortalBando = {
  id: string;
  measureId: string;
  titolo: string;
  apertura: string;
  chiusura: string;
  periodoInizio: string;
  periodoFine: string;
  modalita: "ordine_arrivo" | "graduatoria";
  importoMensile: string | null;
  mesi: number | null;
  importiFasce: ImportoFascia[] | null;
  oreMensili: string | null;
  regoleAmmissione: EligibilityRule[];
  regolePunteggio: ScoringRule[];
  compartecipazione: CopaymentParams | null;
};

export type PortalCatalogue = {
  measures: PortalMeasure[];
  /** Bandi whose window is open on `today` (not closed early), soonest deadline first. */
  openBandi: PortalBando[];
  /** Names for the ids in the rules. */
  names: { comuni: Record<string, string>; misure: Record<string, string> };
  comuneIds: string[];
};

/**
 * The live catalogue and the open bandi with their rules: the one source the portal's
 * access criteria and its self-check are generated from.
 */
export async function getPortalCatalogue(
  db: Db,
  ambitoId: string,
  today: string,
): Promise<PortalCatalogue> {
  return withPortal(db, ambitoId, async (tx) => {
    // One after the other: the queries share the transaction's connection.
    const measureRows = await tx
      .select({
        id: measures.id,
        codice: measures.codice,
        nome: measures.nome,
        descrizione: measures.descrizione,
        tipo: measures.tipo,
        area: measures.area,
        provaMezzi: measures.presenzaProvaMezzi,
        importoMensile: measures.importoMensile,
        mesiMassimi: measures.mesiMassimi,
        attiva: measures.attiva,
      })
      .from(measures)
      .where(eq(measures.ambitoId, ambitoId))
      .orderBy(asc(measures.area), asc(measures.nome));
    const bandoRows = await tx
      .select({
        id: bandi.id,
        measureId: bandi.measureId,
        titolo: bandi.titolo,
        apertura: bandi.apertura,
        chiusura: bandi.chiusura,
        periodoInizio: bandi.periodoInizio,
        periodoFine: bandi.periodoFine,
        modalita: bandi.modalita,
        importoMensile: bandi.importoMensile,
        mesi: bandi.mesi,
        importiFasce: bandi.importiFasce,
        oreMensili: bandi.oreMensili,
        regoleAmmissione: bandi.regoleAmmissione,
        regolePunteggio: bandi.regolePunteggio,
        compartecipazione: bandi.compartecipazione,
      })
      .from(bandi)
      .where(
        and(
          eq(bandi.ambitoId, ambitoId),
          isNull(bandi.chiusoIl),
          lte(bandi.apertura, today),
          gte(bandi.chiusura, today),
        ),
      )
      .orderBy(asc(bandi.chiusura), asc(bandi.titolo));
    const comuneRows = await tx
      .select({ id: comuni.id, nome: comuni.nome })
      .from(comuni)
      .where(eq(comuni.ambitoId, ambitoId))
      .orderBy(asc(comuni.nome));
    return {
      measures: measureRows.filter((m) => m.attiva).map(({ attiva: _, ...m }) => m),
      openBandi: bandoRows.map((b) => ({
        ...b,
        importiFasce: b.importiFasce as ImportoFascia[] | null,
        regoleAmmissione: b.regoleAmmissione as EligibilityRule[],
        regolePunteggio: b.regolePunteggio as ScoringRule[],
        compartecipazione: b.compartecipazione as CopaymentParams | null,
      })),
      names: {
        comuni: Object.fromEntries(comuneRows.map((c) => [c.id, c.nome])),
        misure: Object.fromEntries(measureRows.map((m) => [m.id, m.nome])),
      },
      comuneIds: comuneRows.map((c) => c.id),
    };
  });
}
