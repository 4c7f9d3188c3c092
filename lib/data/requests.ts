import { aliasedTable, and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  bandi,
  comuni,
  measures,
  persons,
  protocolCounters,
  requestEvents,
  requests,
  users,
} from "@/db/schema";
import { allows } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { StoredCopayment } from "@/lib/domain/application";
import type { Area } from "@/lib/domain/areas";
import { addDays, romeDate } from "@/lib/domain/dates";
import { ELIGIBILITY_OUTCOME_LABELS, type EligibilityResult } from "@/lib/domain/eligibility";
import {
  ACTION_ROLE,
  availableActions,
  formatProtocol,
  type RequestStatus,
} from "@/lib/domain/request-workflow";
import type { ScoreLine } from "@/lib/domain/scoring";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { RequestCreateSchema, RequestTransitionSchema } from "@/lib/validation/request";
import { assessFor, loadOpenBando } from "./applications";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { NotFoundError, ValidationError } from "./errors";
import { decodeCursor, keysetOrder, keysetWhere, type Page, type SortKey, toPage } from "./paging";
import { isUuid } from "./pg-errors";
import { performStep } from "./procedure-steps";
import { ROME_TODAY, TRANSITION_PERMISSION, termSql } from "./procedure-term";
import { withActor } from "./scoped";

export const REQUEST_SORTS = ["data", "protocollo", "stato"] as const;
export type RequestSort = (typeof REQUEST_SORTS)[number];

export type RequestListQuery = {
  stato?: RequestStatus;
  comuneId?: string;
  area?: Area;
  measureId?: string;
  personId?: string;
  sort?: RequestSort;
  desc?: boolean;
  after?: string;
  before?: string;
  limit?: number;
};

export type RequestRow = {
  id: string;
  protocollo: string | null;
  protocolloKey: number;
  stato: RequestStatus;
  creatoIl: Date;
  /** Null when the person has moved out of the reader's comuni. */
  persona: string | null;
  comune: string;
  misura: string;
  area: Area;
  importoMensile: string | null;
  mesi: number | null;
  scadenza: string | null;
  /** Past the term of the procedure (L. 241/1990) and still undecided, the clock running. */
  inRitardo: boolean;
};

const overdue = termSql(ROME_TODAY).overdue;

// Year and number folded into one sortable integer: 2026/000123 → 2026000123.
const protocolKey = sql<number>`coalesce(${requests.protocolloAnno} * 1000000 + ${requests.protocolloNumero}, 0)`;

function requestSortKey(sort: RequestSort, ascending: boolean): SortKey {
  if (sort === "protocollo") return { cols: [protocolKey, requests.id], asc: ascending };
  if (sort === "stato")
    return { cols: [requests.stato, requests.creatoIl, requests.id], asc: ascending };
  return { cols: [requests.creatoIl, requests.id], asc: ascending };
}

function keyOf(sort: RequestSort) {
  return (r: RequestRow): (string | number)[] => {
    if (sort === "protocollo") return [r.protocolloKey, r.id];
    if (sort === "stato") return [r.stato, r.creatoIl.toISOString(), r.id];
    return [r.creatoIl.toISOString(), r.id];
  };
}

export async function listRequests(
  db: Db,
  actor: Actor,
  q: RequestListQuery,
): Promise<Page<RequestRow>> {
  return withActor(db, actor, async (tx) => {
    const limit = Math.min(Math.max(q.limit ?? 25, 1), 100);
    const sort = q.sort ?? "data";
    const filters: SQL[] = [scopeWhere(actor, "request.read", requests)];
    if (q.stato) filters.push(eq(requests.stato, q.stato));
    if (q.comuneId && isUuid(q.comuneId)) filters.push(eq(requests.comuneId, q.comuneId));
    if (q.measureId && isUuid(q.measureId)) filters.push(eq(requests.measureId, q.measureId));
    if (q.personId && isUuid(q.personId)) filters.push(eq(requests.personId, q.personId));
    if (q.area)
      filters.push(
        inArray(
          requests.measureId,
          tx.select({ id: measures.id }).from(measures).where(eq(measures.area, q.area)),
        ),
      );
    // Newest first by default, except by status, which reads best alphabetically.
    const key = requestSortKey(sort, !(q.desc ?? sort !== "stato"));
    const dir = q.before ? "before" : "after";
    const cursor = decodeCursor(q.before ?? q.after);
    const where = cursor ? and(...filters, keysetWhere(key, cursor, dir)) : and(...filters);
    // The page's ids first, from the requests alone, then their rows. In one query with the
    // joins, PostgreSQL (blind to how many rows row-level security keeps) joined and sorted a
    // whole ambito for one page: 5 s at 438,000 requests, against milliseconds this way.
    const ids = (
      await tx
        .select({ id: requests.id })
        .from(requests)
        .where(where)
        .orderBy(...keysetOrder(key, dir))
        .limit(limit + 1)
    ).map((r) => r.id);
    const found =
      ids.length === 0
        ? []
        : await tx
            .select({
              id: requests.id,
              anno: requests.protocolloAnno,
              numero: requests.protocolloNumero,
              protocolloKey: protocolKey,
              stato: requests.stato,
              creatoIl: requests.creatoIl,
              cognome: persons.cognome,
              nome: persons.nome,
              comune: comuni.nome,
              misura: measures.nome,
              area: measures.area,
              importoMensile: requests.importoMensile,
              mesi: requests.mesi,
              scadenza: requests.scadenzaTermine,
              inRitardo: overdue,
            })
            .from(requests)
            // A left join: a person who moved to another comune is beyond this comune's
            // row-level scope, while the requests it filed (and their budget) stay its own.
            .leftJoin(persons, eq(persons.id, requests.personId))
            .innerJoin(comuni, eq(comuni.id, requests.comuneId))
            .innerJoin(measures, eq(measures.id, requests.measureId))
            .where(and(eq(requests.ambitoId, actor.ambitoId), inArray(requests.id, ids)));
    const byId = new Map(found.map((r) => [r.id, r]));
    const rows = ids.flatMap((id) => byId.get(id) ?? []);
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(requests)
      .where(and(...filters));
    const shaped: RequestRow[] = rows.map((r) => ({
      id: r.id,
      protocollo: r.anno && r.numero ? formatProtocol(r.anno, r.numero) : null,
      protocolloKey: Number(r.protocolloKey),
      stato: r.stato,
      creatoIl: r.creatoIl,
      persona: r.cognome === null ? null : `${r.cognome} ${r.nome}`,
      comune: r.comune,
      misura: r.misura,
      area: r.area,
      importoMensile: r.importoMensile,
      mesi: r.mesi,
      scadenza: r.scadenza,
      inRitardo: Boolean(r.inRitardo),
    }));
    return toPage(shaped, limit, dir, cursor !== null, count?.n ?? 0, keyOf(sort));
  });
}

function actionsFor(
  actor: Actor,
  stato: RequestStatus,
  record: { ambitoId: string; comuneId: string },
) {
  return availableActions(stato).filter((a) =>
    allows(actor, TRANSITION_PERMISSION[ACTION_ROLE[a]], record),
  );
}

const OVERRIDABLE: readonly RequestStatus[] = ["presentata", "in_istruttoria", "preavviso_rigetto"];

/** A request with its whole history; the view is logged. */
export async function getRequest(db: Db, actor: Actor, id: string) {
  return withActor(db, actor, async (tx) => {
    if (!isUuid(id)) throw new NotFoundError("La richiesta");
    const decider = aliasedTable(users, "decider");
    const responsabile = aliasedTable(users, "responsabile");
    const [r] = await tx
      .select({
        id: requests.id,
        ambitoId: requests.ambitoId,
        comuneId: requests.comuneId,
        comune: comuni.nome,
        stato: requests.stato,
        anno: requests.protocolloAnno,
        numero: requests.protocolloNumero,
        protocolloData: requests.protocolloData,
        importoMensile: requests.importoMensile,
        mesi: requests.mesi,
        importoApprovato: requests.importoApprovato,
        dataInizio: requests.dataInizio,
        motivazione: requests.motivazione,
        esitoMotivazione: requests.esitoMotivazione,
        decisoIl: requests.decisoIl,
        decisoDa: decider.nome,
        creatoIl: requests.creatoIl,
        bandoId: requests.bandoId,
        bando: bandi.titolo,
        ammissibilita: requests.ammissibilita,
        esitoAmmissibilita: requests.esitoAmmissibilita,
        esitoForzato: requests.esitoForzato,
        forzaturaMotivazione: requests.forzaturaMotivazione,
        forzataIl: requests.forzataIl,
        punteggio: requests.punteggio,
        punteggioDettaglio: requests.punteggioDettaglio,
        posizioneGraduatoria: requests.posizioneGraduatoria,
        compartecipazione: requests.compartecipazione,
        dataFine: requests.dataFine,
        termineGiorni: requests.termineGiorni,
        giorniSospensione: requests.giorniSospensione,
        sospesoDal: requests.sospesoDal,
        preavvisoIl: requests.preavvisoIl,
        responsabile: responsabile.nome,
        personId: persons.id,
        cognome: persons.cognome,
        nome: persons.nome,
        measureId: measures.id,
        misura: measures.nome,
        tipo: measures.tipo,
        area: measures.area,
      })
      .from(requests)
      .leftJoin(persons, eq(persons.id, requests.personId))
      .innerJoin(comuni, eq(comuni.id, requests.comuneId))
      .innerJoin(measures, eq(measures.id, requests.measureId))
      .leftJoin(decider, eq(decider.id, requests.decisoDa))
      .leftJoin(responsabile, eq(responsabile.id, requests.responsabileId))
      .leftJoin(bandi, eq(bandi.id, requests.bandoId))
      .where(and(eq(requests.id, id), scopeWhere(actor, "request.read", requests)))
      .limit(1);
    if (!r) throw new NotFoundError("La richiesta");
    const history = await tx
      .select({
        id: requestEvents.id,
        at: requestEvents.at,
        azione: requestEvents.azione,
        daStato: requestEvents.daStato,
        aStato: requestEvents.aStato,
        nota: requestEvents.nota,
        attore: users.nome,
      })
      .from(requestEvents)
      .innerJoin(users, eq(users.id, requestEvents.actorId))
      .where(and(eq(requestEvents.ambitoId, actor.ambitoId), eq(requestEvents.requestId, id)))
      .orderBy(asc(requestEvents.at), asc(requestEvents.id));
    await audit(tx, actor, "view", "richiesta", id);
    const {
      ambitoId,
      anno,
      numero,
      ammissibilita,
      punteggioDettaglio,
      compartecipazione,
      ...rest
    } = r;
    const record = { ambitoId, comuneId: r.comuneId };
    return {
      ...rest,
      protocollo: anno && numero ? formatProtocol(anno, numero) : null,
      eligibility: ammissibilita as (EligibilityResult & { on: string }) | null,
      scoreLines: punteggioDettaglio as ScoreLine[] | null,
      copayment: compartecipazione as StoredCopayment | null,
      actions: actionsFor(actor, r.stato, record),
      canOverride:
        r.esitoAmmissibilita !== null &&
        OVERRIDABLE.includes(r.stato) &&
        allows(actor, "request.override", record),
      history,
    };
  });
}

export type RequestDetail = Awaited<ReturnType<typeof getRequest>>;

/**
 * Files a request: it is protocolled at once. The number comes from a per-ambito, per-year
 * counter updated in the same transaction, so a rollback leaves no gap. Under a bando the
 * application is assessed on the filing date (eligibility with reasons, score, amount,
 * co-payment) and the result is stored as its snapshot; the term of the procedure starts.
 */
export async function createRequest(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<{ id: string; protocollo: string }> {
  requirePermission(actor, "request.create");
  const parsed = RequestCreateSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const data = parsed.data;

  return withActor(db, actor, async (tx) => {
    const [person] = await tx
      .select({ id: persons.id, comuneId: persons.comuneId })
      .from(persons)
      .where(and(eq(persons.id, data.personId), scopeWhere(actor, "request.create", persons)))
      .limit(1);
    if (!person) throw new NotFoundError("La persona");
    const [measure] = await tx
      .select({ id: measures.id })
      .from(measures)
      .where(
        and(
          eq(measures.ambitoId, actor.ambitoId),
          eq(measures.id, data.measureId),
          eq(measures.attiva, true),
        ),
      )
      .limit(1);
    if (!measure)
      throw new ValidationError({ measureId: ["Scegli una misura attiva del catalogo."] });

    const now = new Date();
    const today = romeDate(now);
    const application = data.bandoId
      ? await assessApplicationAt(tx, actor, data.bandoId, measure.id, person.id, data, today)
      : null;
    const termineGiorni = application?.bando.termineGiorni ?? DEFAULT_TERM_DAYS;

    const anno = Number(today.slice(0, 4));
    const [counter] = await tx
      .insert(protocolCounters)
      .values({ ambitoId: actor.ambitoId, anno, ultimo: 1 })
      .onConflictDoUpdate({
        target: [protocolCounters.ambitoId, protocolCounters.anno],
        set: { ultimo: sql`${protocolCounters.ultimo} + 1` },
      })
      .returning({ ultimo: protocolCounters.ultimo });
    if (!counter) throw new Error("protocol counter not returned");

    const a = application?.assessment;
    const [row] = await tx
      .insert(requests)
      .values({
        ambitoId: actor.ambitoId,
        comuneId: person.comuneId,
        personId: person.id,
        measureId: measure.id,
        stato: "presentata",
        protocolloAnno: anno,
        protocolloNumero: counter.ultimo,
        protocolloData: now,
        importoMensile: (a ? a.monthlyAmount : (data.importoMensile ?? null))?.toFixed(2) ?? null,
        mesi: a ? a.months : (data.mesi ?? null),
        oreMensili: application?.bando.oreMensili ?? null,
        dataInizio: data.dataInizio ?? null,
        motivazione: data.motivazione,
        bandoId: application?.bando.id ?? null,
        responsabileId: application?.bando.responsabileId ?? null,
        ammissibilita: a?.eligibility ?? null,
        esitoAmmissibilita: a?.eligibility.outcome ?? null,
        dichiarazioni: application ? data.dichiarazioni : null,
        valutazione: data.valutazione?.toFixed(2) ?? null,
        iseeValore: a?.iseeValue?.toFixed(2) ?? null,
        punteggio: a?.score ? a.score.total.toFixed(2) : null,
        punteggioDettaglio: a?.score?.lines ?? null,
        compartecipazione: a?.copayment ?? null,
        termineGiorni,
        scadenzaTermine: addDays(today, termineGiorni),
        creatoDa: actor.id,
        creatoIl: now,
        aggiornatoIl: now,
      })
      .returning({ id: requests.id });
    if (!row) throw new Error("insert returned no row");
    await tx.insert(requestEvents).values({
      ambitoId: actor.ambitoId,
      requestId: row.id,
      actorId: actor.id,
      azione: "presenta",
      daStato: null,
      aStato: "presentata",
      nota: a
        ? `Esito del controllo dei requisiti: ${ELIGIBILITY_OUTCOME_LABELS[a.eligibility.outcome]}`
        : null,
      at: now,
    });
    await audit(tx, actor, "create", "richiesta", row.id);
    return { id: row.id, protocollo: formatProtocol(anno, counter.ultimo) };
  });
}

const DEFAULT_TERM_DAYS = 30;

async function assessApplicationAt(
  tx: Db,
  actor: Actor,
  bandoId: string,
  measureId: string,
  personId: string,
  answers: { dichiarazioni: Record<string, boolean>; valutazione?: number },
  today: string,
) {
  const bando = await loadOpenBando(tx, actor, bandoId, today);
  if (bando.measureId !== measureId)
    throw new ValidationError({ measureId: ["La misura non è quella del bando scelto."] });
  // The amount may stay undetermined (tiers without an ISEE): approval then refuses it.
  const assessment = await assessFor(tx, actor, bando, personId, answers, today);
  return { bando, assessment };
}

/**
 * Moves a request along the procedure; decisions carry their written reason. Everything a
 * step implies happens in the same transaction: the term (suspensions), the budget (commit or
 * release, and the waiting list moving up), the decision document, the payment schedule.
 */
export async function transitionRequest(
  db: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<{ id: string; stato: RequestStatus }> {
  return withActor(db, actor, async (tx) => {
    if (!isUuid(id)) throw new NotFoundError("La richiesta");
    const parsed = RequestTransitionSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const [visible] = await tx
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.id, id), scopeWhere(actor, "request.read", requests)))
      .limit(1);
    if (!visible) throw new NotFoundError("La richiesta");
    const { action, nota } = parsed.data;
    return { id, stato: await performStep(tx, actor, id, action, nota ?? null) };
  });
}

/** Requests by status within what the actor may see. */
export async function countRequestsByStatus(db: Db, actor: Actor): Promise<Record<string, number>> {
  return withActor(db, actor, async (tx) => {
    const rows = await tx
      .select({ stato: requests.stato, n: sql<number>`count(*)::int` })
      .from(requests)
      .where(scopeWhere(actor, "stats.read", requests))
      .groupBy(requests.stato);
    return Object.fromEntries(rows.map((r) => [r.stato, r.n]));
  });
}
