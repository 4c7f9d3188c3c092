import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bandi, bandoEvents, measures, requests } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { romeDate } from "@/lib/domain/dates";
import { formatProtocol } from "@/lib/domain/request-workflow";
import { rankApplications } from "@/lib/domain/scoring";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ConflictError, NotFoundError } from "./errors";
import { isUuid } from "./pg-errors";
import { advanceWaitingList, performStep } from "./procedure-steps";
import { asDistrict, withActor } from "./scoped";

/**
 * The graduatoria of a bando: the window is closed, the eligible applications are ranked by
 * score (ties: lower ISEE, then earlier protocol), the top ones are approved within the budget
 * and the rest wait in a list that moves up when money is freed.
 */

const CANDIDATES = ["presentata", "in_istruttoria"] as const;

async function lockBando(tx: Db, actor: Actor, id: string) {
  if (!isUuid(id)) throw new NotFoundError("Il bando");
  const [b] = await tx
    .select({
      id: bandi.id,
      ambitoId: bandi.ambitoId,
      modalita: bandi.modalita,
      chiusura: bandi.chiusura,
      chiusoIl: bandi.chiusoIl,
      graduatoriaIl: bandi.graduatoriaIl,
      graduatoriaPubblicataIl: bandi.graduatoriaPubblicataIl,
    })
    .from(bandi)
    .where(and(eq(bandi.id, id), scopeWhere(actor, "bando.manage", bandi)))
    .for("update")
    .limit(1);
  if (!b) throw new NotFoundError("Il bando");
  return b;
}

function isClosed(b: { chiusura: string; chiusoIl: Date | null }, today: string): boolean {
  return b.chiusoIl !== null || today > b.chiusura;
}

/** Closes the application window now, before its date: no more applications are accepted. */
export async function closeBandoWindow(db: Db, actor: Actor, id: string) {
  requirePermission(actor, "bando.manage");
  return withActor(db, actor, async (tx) => {
    const b = await lockBando(tx, actor, id);
    const now = new Date();
    if (isClosed(b, romeDate(now)))
      throw new ConflictError("La finestra di presentazione è già chiusa.");
    await tx.update(bandi).set({ chiusoIl: now, aggiornatoIl: now }).where(eq(bandi.id, id));
    await tx.insert(bandoEvents).values({
      ambitoId: b.ambitoId,
      bandoId: id,
      actorId: actor.id,
      azione: "chiuso",
      dettagli: { chiusura: { da: b.chiusura, a: romeDate(now) } },
      at: now,
    });
    await audit(tx, actor, "close", "bando", id);
    return { id, chiusoIl: now };
  });
}

export type RankingOutcome = { approvate: number; inAttesa: number; escluse: number };

/**
 * Produces the graduatoria once the window is closed. Refused while an application still
 * needs a manual check: the coordinator settles it first (override with a reason).
 */
export async function produceRanking(db: Db, actor: Actor, id: string): Promise<RankingOutcome> {
  requirePermission(actor, "bando.manage");
  return withActor(db, actor, async (tx) => {
    const b = await lockBando(tx, actor, id);
    const now = new Date();
    if (b.modalita !== "graduatoria")
      throw new ConflictError("Il bando assegna i fondi in ordine di arrivo: non ha graduatoria.");
    if (!isClosed(b, romeDate(now)))
      throw new ConflictError(
        "La graduatoria si produce a finestra chiusa: chiudi prima le domande.",
      );
    if (b.graduatoriaIl) throw new ConflictError("La graduatoria del bando è già stata prodotta.");
    const apps = await tx
      .select({
        id: requests.id,
        anno: requests.protocolloAnno,
        numero: requests.protocolloNumero,
        esito: sql<
          string | null
        >`coalesce(${requests.esitoForzato}, ${requests.esitoAmmissibilita})`,
        punteggio: requests.punteggio,
        isee: requests.iseeValore,
      })
      .from(requests)
      .where(and(eq(requests.bandoId, id), inArray(requests.stato, [...CANDIDATES])));
    const unsettled = apps.filter((a) => a.esito === "manual_check");
    if (unsettled.length) {
      const list = unsettled
        .map((a) => (a.anno && a.numero ? formatProtocol(a.anno, a.numero) : a.id))
        .join(", ");
      throw new ConflictError(
        `Prima della graduatoria verifica le domande con esito «da verificare»: ${list}.`,
        { unsettled: unsettled.map((a) => a.id) },
      );
    }
    const ranked = rankApplications(
      apps
        .filter((a) => a.esito === "eligible")
        .map((a) => ({
          id: a.id,
          protocolSeq: (a.anno ?? 0) * 1_000_000 + (a.numero ?? 0),
          iseeValue: a.isee === null ? null : Number(a.isee),
          score: Number(a.punteggio ?? 0),
        })),
    );
    for (const [i, app] of ranked.entries()) {
      await tx
        .update(requests)
        .set({ posizioneGraduatoria: i + 1 })
        .where(eq(requests.id, app.id));
    }
    // Everyone ranked waits; then the list moves up as far as the money goes.
    for (const app of ranked) {
      await performStep(tx, actor, app.id, "metti_in_attesa", "Inserita in graduatoria.", {
        automatic: true,
      });
    }
    await tx.update(bandi).set({ graduatoriaIl: now, aggiornatoIl: now }).where(eq(bandi.id, id));
    const { approved } = await advanceWaitingList(tx, actor, id);
    const outcome = {
      approvate: approved.length,
      inAttesa: ranked.length - approved.length,
      escluse: apps.length - ranked.length,
    };
    await tx.insert(bandoEvents).values({
      ambitoId: b.ambitoId,
      bandoId: id,
      actorId: actor.id,
      azione: "graduatoria",
      dettagli: outcome,
      at: now,
    });
    await audit(tx, actor, "rank", "bando", id);
    return outcome;
  });
}

/** Moves the waiting list up by hand, e.g. after the budget was raised. */
export async function advanceRanking(db: Db, actor: Actor, id: string) {
  requirePermission(actor, "bando.manage");
  return withActor(db, actor, async (tx) => {
    await lockBando(tx, actor, id);
    const { approved } = await advanceWaitingList(tx, actor, id);
    await audit(tx, actor, "rank", "bando", id);
    return { approvate: approved.length };
  });
}

export type RankingRow = {
  posizione: number;
  protocollo: string;
  punteggio: string;
  esito: "finanziata" | "in_attesa" | "non_finanziata";
  requestId: string;
};

const FUNDED = ["approvata", "in_erogazione", "conclusa"];

async function rankingRows(tx: Db, bandoId: string): Promise<RankingRow[]> {
  const rows = await tx
    .select({
      id: requests.id,
      posizione: requests.posizioneGraduatoria,
      anno: requests.protocolloAnno,
      numero: requests.protocolloNumero,
      punteggio: requests.punteggio,
      stato: requests.stato,
    })
    .from(requests)
    .where(and(eq(requests.bandoId, bandoId), isNotNull(requests.posizioneGraduatoria)))
    .orderBy(asc(requests.posizioneGraduatoria));
  return rows.map((r) => ({
    posizione: r.posizione ?? 0,
    protocollo: r.anno && r.numero ? formatProtocol(r.anno, r.numero) : "",
    punteggio: r.punteggio ?? "0",
    esito: FUNDED.includes(r.stato)
      ? "finanziata"
      : r.stato === "in_lista_attesa"
        ? "in_attesa"
        : "non_finanziata",
    requestId: r.id,
  }));
}

/** The graduatoria for the staff: position, protocol, score and outcome; no personal data. */
export async function getRanking(db: Db, actor: Actor, bandoId: string) {
  requirePermission(actor, "bando.read");
  if (!isUuid(bandoId)) throw new NotFoundError("Il bando");
  return withActor(db, actor, async (tx) => {
    const [b] = await tx
      .select({
        titolo: bandi.titolo,
        misura: measures.nome,
        modalita: bandi.modalita,
        graduatoriaIl: bandi.graduatoriaIl,
        pubblicataIl: bandi.graduatoriaPubblicataIl,
      })
      .from(bandi)
      .innerJoin(measures, eq(measures.id, bandi.measureId))
      .where(and(eq(bandi.id, bandoId), scopeWhere(actor, "bando.read", bandi)));
    if (!b) throw new NotFoundError("Il bando");
    // The ranking spans every comune: positions are public facts, the rows carry no names.
    return { ...b, rows: await asDistrict(tx, () => rankingRows(tx, bandoId)) };
  });
}

/** Publishes the graduatoria on the district's public pages (protocol and score only). */
export async function publishRanking(db: Db, actor: Actor, id: string) {
  requirePermission(actor, "bando.manage");
  return withActor(db, actor, async (tx) => {
    const b = await lockBando(tx, actor, id);
    if (!b.graduatoriaIl) throw new ConflictError("Non c'è ancora una graduatoria da pubblicare.");
    const now = new Date();
    await tx
      .update(bandi)
      .set({ graduatoriaPubblicataIl: now, aggiornatoIl: now })
      .where(eq(bandi.id, id));
    await tx.insert(bandoEvents).values({
      ambitoId: b.ambitoId,
      bandoId: id,
      actorId: actor.id,
      azione: "pubblicata",
      dettagli: {},
      at: now,
    });
    await audit(tx, actor, "publish", "bando", id);
    return { id, pubblicataIl: now };
  });
}

/**
 * A published graduatoria, for anyone: no login, no names, no request ids. Runs on the
 * owner connection because the public has no actor; only published rankings come out.
 */
export async function getPublishedRanking(db: Db, bandoId: string) {
  if (!isUuid(bandoId)) throw new NotFoundError("La graduatoria");
  const [b] = await db
    .select({
      titolo: bandi.titolo,
      misura: measures.nome,
      pubblicataIl: bandi.graduatoriaPubblicataIl,
      graduatoriaIl: bandi.graduatoriaIl,
    })
    .from(bandi)
    .innerJoin(measures, eq(measures.id, bandi.measureId))
    .where(and(eq(bandi.id, bandoId), isNotNull(bandi.graduatoriaPubblicataIl)));
  if (!b) throw new NotFoundError("La graduatoria");
  const rows = (await rankingRows(db, bandoId)).map(({ requestId: _r, ...row }) => row);
  return { ...b, rows };
}

/** Published rankings, newest first, for the public portal. */
export async function listPublishedRankings(db: Db) {
  return db
    .select({ id: bandi.id, titolo: bandi.titolo, pubblicataIl: bandi.graduatoriaPubblicataIl })
    .from(bandi)
    .where(isNotNull(bandi.graduatoriaPubblicataIl))
    .orderBy(sql`${bandi.graduatoriaPubblicataIl} desc`);
}
