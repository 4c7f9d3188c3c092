import { and, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  bandi,
  comuni,
  instalments,
  iseeAttestations,
  measures,
  persons,
  requests,
} from "@/db/schema";
import { scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { addDays, romeDate } from "@/lib/domain/dates";
import type { IseeKind } from "@/lib/domain/eligibility";
import { formatProtocol, type RequestStatus } from "@/lib/domain/request-workflow";
import { requirePermission, scopeWhere } from "./authorize";
import { type DeskCaseload, deskCaseload } from "./desk-caseload";
import { termSql } from "./procedure-term";
import { withActor } from "./scoped";

/** At most this many rows per list; the total says how many there are. */
export const DESK_LIMIT = 10;
export const DUE_SOON_DAYS = 7;
export const ISEE_WINDOW_DAYS = 30;
export const BENEFIT_END_DAYS = 30;
export const BANDO_CLOSING_DAYS = 7;

/** `rows` is empty when the actor sees counts only (the comune administrator). */
export type DeskList<R> = { total: number; rows: R[] };

export type DeskRequest = {
  id: string;
  protocollo: string | null;
  persona: string;
  misura: string;
  comune: string;
  /** The due date of the term, the current suspension counted. */
  scadenza: string;
  /** Days past the due date (overdue) or left before it (due soon). */
  giorni: number;
};

export type DeskWaiting = {
  id: string;
  protocollo: string | null;
  persona: string;
  misura: string;
  comune: string;
  stato: Extract<RequestStatus, "integrazione_richiesta" | "preavviso_rigetto">;
  /** Since when the clock is stopped. */
  dal: string;
  /** When the suspension ends: the integrazione's 30 days or the observations' 10. */
  finoAl: string;
  /** The suspension is over: the clock runs again and the next act is due. */
  finito: boolean;
};

export type DeskIsee = {
  personId: string;
  persona: string;
  tipo: IseeKind;
  scadenza: string;
  scaduta: boolean;
};

export type DeskBenefit = {
  id: string;
  protocollo: string | null;
  persona: string;
  misura: string;
  comune: string;
  dataFine: string;
};

export type DeskBando = {
  id: string;
  titolo: string;
  chiusura: string;
  /** "in_chiusura": the window closes soon; "senza_graduatoria": closed, ranking not produced. */
  motivo: "in_chiusura" | "senza_graduatoria";
};

export type Desk = {
  today: string;
  /** Whether rows (names, protocols) are shown, or counts only. */
  detail: boolean;
  overdue: DeskList<DeskRequest>;
  dueSoon: DeskList<DeskRequest>;
  waiting: DeskList<DeskWaiting>;
  isee: DeskList<DeskIsee>;
  benefitsEnding: DeskList<DeskBenefit>;
  /** The coordinator's: unpaid instalments of this month and before. Null for other roles. */
  instalmentsDue: { count: number; sum: string } | null;
  /** The coordinator's: bandi needing an act. Null for other roles. */
  bandi: DeskList<DeskBando> | null;
  /** The worker's cartelle, overdue plan reviews and today's appointments. */
  caseload: DeskCaseload;
};

const protocol = (anno: number | null, numero: number | null) =>
  anno && numero ? formatProtocol(anno, numero) : null;

const total = sql<number>`count(*) over ()`.mapWith(Number);

/** Rows with their total (one query), or only the count when the actor sees counts only. */
async function listOf<Q extends { total: number }, R>(
  detail: boolean,
  rows: () => Promise<Q[]>,
  count: () => Promise<{ n: number }[]>,
  shape: (q: Q) => R,
): Promise<DeskList<R>> {
  if (!detail) return { total: (await count())[0]?.n ?? 0, rows: [] };
  const got = await rows();
  return { total: got[0]?.total ?? 0, rows: got.map(shape) };
}

/**
 * What needs the actor today, within the requests and persons they may read: the L. 241
 * terms past or near, the requests waiting on their act, ISEE attestations expiring for
 * people with an open request or benefit, benefits ending; for the coordinator also the
 * instalments to pay and the bandi to close or rank. Workers and the coordinator see the
 * rows; the comune administrator, who only oversees, sees the counts and no names.
 */
export async function getDesk(db: Db, actor: Actor, now: Date = new Date()): Promise<Desk> {
  requirePermission(actor, "request.read");
  requirePermission(actor, "person.read");
  const detail =
    scopeFor(actor, "request.transition.worker") !== null ||
    scopeFor(actor, "request.transition.coordinator") !== null;
  const todayIso = romeDate(now);
  const today = sql`${todayIso}::date`;

  return withActor(db, actor, async (tx) => {
    const inScope = scopeWhere(actor, "request.read", requests);
    const personInScope = scopeWhere(actor, "person.read", persons);

    const term = termSql(today);
    const dueOn = term.dueOn;
    const running = and(inScope, term.running) as SQL;

    const requestCols = {
      id: requests.id,
      anno: requests.protocolloAnno,
      numero: requests.protocolloNumero,
      cognome: persons.cognome,
      nome: persons.nome,
      misura: measures.nome,
      comune: comuni.nome,
      total,
    };
    const requestRows = (where: SQL, extra: { scadenza: SQL; giorni: SQL }, order: SQL) => () =>
      tx
        .select({
          ...requestCols,
          scadenza: sql<string>`${extra.scadenza}::text`,
          giorni: sql<number>`${extra.giorni}`.mapWith(Number),
        })
        .from(requests)
        .innerJoin(persons, eq(persons.id, requests.personId))
        .innerJoin(measures, eq(measures.id, requests.measureId))
        .innerJoin(comuni, eq(comuni.id, requests.comuneId))
        .where(where)
        .orderBy(order, requests.id)
        .limit(DESK_LIMIT);
    const requestCount = (where: SQL) => () =>
      tx
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(requests)
        .where(where);
    const shapeRequest = (r: {
      id: string;
      anno: number | null;
      numero: number | null;
      cognome: string;
      nome: string;
      misura: string;
      comune: string;
      scadenza: string;
      giorni: number;
    }): DeskRequest => ({
      id: r.id,
      protocollo: protocol(r.anno, r.numero),
      persona: `${r.cognome} ${r.nome}`,
      misura: r.misura,
      comune: r.comune,
      scadenza: r.scadenza,
      giorni: r.giorni,
    });

    // scadenza_termine < today is implied by the due date being past: it lets the index
    // (ambito_id, scadenza_termine) do the work.
    const overdueWhere = and(
      running,
      sql`${requests.scadenzaTermine} < ${today}`,
      sql`${dueOn} < ${today}`,
    ) as SQL;
    const overdue = await listOf(
      detail,
      requestRows(overdueWhere, { scadenza: dueOn, giorni: sql`${today} - ${dueOn}` }, dueOn),
      requestCount(overdueWhere),
      shapeRequest,
    );

    const soonEnd = sql`${addDays(todayIso, DUE_SOON_DAYS)}::date`;
    const dueSoonWhere = and(
      running,
      sql`${requests.scadenzaTermine} <= ${soonEnd}`,
      sql`${dueOn} between ${today} and ${soonEnd}`,
    ) as SQL;
    const dueSoon = await listOf(
      detail,
      requestRows(dueSoonWhere, { scadenza: dueOn, giorni: sql`${dueOn} - ${today}` }, dueOn),
      requestCount(dueSoonWhere),
      shapeRequest,
    );

    const waitingWhere = and(
      inScope,
      inArray(requests.stato, ["integrazione_richiesta", "preavviso_rigetto"]),
      isNotNull(requests.sospesoDal),
    ) as SQL;
    const endsOn = sql`(${requests.sospesoDal} + ${term.cap})`;
    const waiting = await listOf(
      detail,
      () =>
        tx
          .select({
            ...requestCols,
            stato: requests.stato,
            dal: sql<string>`${requests.sospesoDal}::text`,
            finoAl: sql<string>`${endsOn}::text`,
          })
          .from(requests)
          .innerJoin(persons, eq(persons.id, requests.personId))
          .innerJoin(measures, eq(measures.id, requests.measureId))
          .innerJoin(comuni, eq(comuni.id, requests.comuneId))
          .where(waitingWhere)
          .orderBy(endsOn, requests.id)
          .limit(DESK_LIMIT),
      requestCount(waitingWhere),
      (r): DeskWaiting => ({
        id: r.id,
        protocollo: protocol(r.anno, r.numero),
        persona: `${r.cognome} ${r.nome}`,
        misura: r.misura,
        comune: r.comune,
        stato: r.stato as DeskWaiting["stato"],
        dal: r.dal,
        finoAl: r.finoAl,
        finito: r.finoAl <= todayIso,
      }),
    );

    // The latest attestation of each kind only: one already renewed is no longer a task.
    const iseeWhere = and(
      personInScope,
      eq(iseeAttestations.ambitoId, actor.ambitoId),
      gte(iseeAttestations.scadenza, addDays(todayIso, -ISEE_WINDOW_DAYS)),
      lte(iseeAttestations.scadenza, addDays(todayIso, ISEE_WINDOW_DAYS)),
      sql`not exists (select 1 from ${iseeAttestations} newer
        where newer.ambito_id = ${iseeAttestations.ambitoId}
          and newer.persona_id = ${iseeAttestations.personId}
          and newer.tipo = ${iseeAttestations.tipo}
          and newer.scadenza > ${iseeAttestations.scadenza})`,
      sql`exists (select 1 from ${requests} r
        where r.ambito_id = ${iseeAttestations.ambitoId}
          and r.persona_id = ${iseeAttestations.personId}
          and r.stato in ('presentata', 'in_istruttoria', 'integrazione_richiesta',
            'preavviso_rigetto', 'approvata', 'in_lista_attesa', 'in_erogazione'))`,
    ) as SQL;
    const isee = await listOf(
      detail,
      () =>
        tx
          .select({
            personId: persons.id,
            cognome: persons.cognome,
            nome: persons.nome,
            tipo: iseeAttestations.tipo,
            scadenza: iseeAttestations.scadenza,
            total,
          })
          .from(iseeAttestations)
          .innerJoin(persons, eq(persons.id, iseeAttestations.personId))
          .where(iseeWhere)
          .orderBy(iseeAttestations.scadenza, iseeAttestations.id)
          .limit(DESK_LIMIT),
      () =>
        tx
          .select({ n: sql<number>`count(*)`.mapWith(Number) })
          .from(iseeAttestations)
          .innerJoin(persons, eq(persons.id, iseeAttestations.personId))
          .where(iseeWhere),
      (r): DeskIsee => ({
        personId: r.personId,
        persona: `${r.cognome} ${r.nome}`,
        tipo: r.tipo,
        scadenza: r.scadenza,
        scaduta: r.scadenza < todayIso,
      }),
    );

    const endingWhere = and(
      inScope,
      eq(requests.stato, "in_erogazione"),
      gte(requests.dataFine, todayIso),
      lte(requests.dataFine, addDays(todayIso, BENEFIT_END_DAYS)),
    ) as SQL;
    const benefitsEnding = await listOf(
      detail,
      () =>
        tx
          .select({ ...requestCols, dataFine: sql<string>`${requests.dataFine}::text` })
          .from(requests)
          .innerJoin(persons, eq(persons.id, requests.personId))
          .innerJoin(measures, eq(measures.id, requests.measureId))
          .innerJoin(comuni, eq(comuni.id, requests.comuneId))
          .where(endingWhere)
          .orderBy(requests.dataFine, requests.id)
          .limit(DESK_LIMIT),
      requestCount(endingWhere),
      (r): DeskBenefit => ({
        id: r.id,
        protocollo: protocol(r.anno, r.numero),
        persona: `${r.cognome} ${r.nome}`,
        misura: r.misura,
        comune: r.comune,
        dataFine: r.dataFine,
      }),
    );

    let instalmentsDue: Desk["instalmentsDue"] = null;
    if (scopeFor(actor, "delivery.pay")) {
      const [due] = await tx
        .select({
          count: sql<number>`count(*)`.mapWith(Number),
          sum: sql<string>`coalesce(sum(${instalments.importo}), 0)::text`,
        })
        .from(instalments)
        .where(
          and(
            scopeWhere(actor, "delivery.pay", instalments),
            isNull(instalments.liquidataIl),
            sql`${instalments.competenza} <= date_trunc('month', ${today})::date`,
          ),
        );
      instalmentsDue = { count: due?.count ?? 0, sum: due?.sum ?? "0" };
    }

    let bandiDue: Desk["bandi"] = null;
    if (scopeFor(actor, "bando.manage")) {
      const closingSoon = and(
        isNull(bandi.chiusoIl),
        gte(bandi.chiusura, todayIso),
        lte(bandi.chiusura, addDays(todayIso, BANDO_CLOSING_DAYS)),
      );
      const unranked = and(
        eq(bandi.modalita, "graduatoria"),
        isNull(bandi.graduatoriaIl),
        or(isNotNull(bandi.chiusoIl), sql`${bandi.chiusura} < ${today}`),
      );
      const rows = await tx
        .select({
          id: bandi.id,
          titolo: bandi.titolo,
          chiusura: bandi.chiusura,
          closingSoon: sql<boolean>`coalesce(${closingSoon}, false)`,
          total,
        })
        .from(bandi)
        .where(and(scopeWhere(actor, "bando.manage", bandi), or(closingSoon, unranked)))
        .orderBy(bandi.chiusura, bandi.id)
        .limit(DESK_LIMIT);
      bandiDue = {
        total: rows[0]?.total ?? 0,
        rows: rows.map((b) => ({
          id: b.id,
          titolo: b.titolo,
          chiusura: b.chiusura,
          motivo: b.closingSoon ? "in_chiusura" : "senza_graduatoria",
        })),
      };
    }

    return {
      today: todayIso,
      detail,
      overdue,
      dueSoon,
      waiting,
      isee,
      benefitsEnding,
      instalmentsDue,
      bandi: bandiDue,
      caseload: await deskCaseload(tx, actor, todayIso, now, DESK_LIMIT),
    };
  });
}
