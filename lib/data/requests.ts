import { aliasedTable, and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  comuni,
  measures,
  persons,
  protocolCounters,
  requestEvents,
  requests,
  users,
} from "@/db/schema";
import { allows, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Area } from "@/lib/domain/areas";
import {
  ACTION_ROLE,
  availableActions,
  formatProtocol,
  type RequestAction,
  type RequestStatus,
  requiresReason,
  STATUS_LABELS,
  transition,
} from "@/lib/domain/request-workflow";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { RequestCreateSchema, RequestTransitionSchema } from "@/lib/validation/request";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { commitBudget, releaseBudget } from "./budget";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors";
import { decodeCursor, keysetOrder, keysetWhere, type Page, type SortKey, toPage } from "./paging";
import { isUuid } from "./pg-errors";
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
  persona: string;
  comune: string;
  misura: string;
  area: Area;
  importoMensile: string | null;
  mesi: number | null;
};

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
    if (q.area) filters.push(eq(measures.area, q.area));
    // Newest first by default, except by status, which reads best alphabetically.
    const key = requestSortKey(sort, !(q.desc ?? sort !== "stato"));
    const dir = q.before ? "before" : "after";
    const cursor = decodeCursor(q.before ?? q.after);
    const where = cursor ? and(...filters, keysetWhere(key, cursor, dir)) : and(...filters);
    const [rows, [count]] = await Promise.all([
      tx
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
        })
        .from(requests)
        .innerJoin(persons, eq(persons.id, requests.personId))
        .innerJoin(comuni, eq(comuni.id, requests.comuneId))
        .innerJoin(measures, eq(measures.id, requests.measureId))
        .where(where)
        .orderBy(...keysetOrder(key, dir))
        .limit(limit + 1),
      tx
        .select({ n: sql<number>`count(*)::int` })
        .from(requests)
        .innerJoin(measures, eq(measures.id, requests.measureId))
        .where(and(...filters)),
    ]);
    const shaped: RequestRow[] = rows.map((r) => ({
      id: r.id,
      protocollo: r.anno && r.numero ? formatProtocol(r.anno, r.numero) : null,
      protocolloKey: Number(r.protocolloKey),
      stato: r.stato,
      creatoIl: r.creatoIl,
      persona: `${r.cognome} ${r.nome}`,
      comune: r.comune,
      misura: r.misura,
      area: r.area,
      importoMensile: r.importoMensile,
      mesi: r.mesi,
    }));
    return toPage(shaped, limit, dir, cursor !== null, count?.n ?? 0, keyOf(sort));
  });
}

const transitionPermission: Record<"worker" | "coordinator", Permission> = {
  worker: "request.transition.worker",
  coordinator: "request.transition.coordinator",
};

function actionsFor(
  actor: Actor,
  stato: RequestStatus,
  record: { ambitoId: string; comuneId: string },
) {
  return availableActions(stato).filter((a) =>
    allows(actor, transitionPermission[ACTION_ROLE[a]], record),
  );
}

/** A request with its whole history; the view is logged. */
export async function getRequest(db: Db, actor: Actor, id: string) {
  return withActor(db, actor, async (tx) => {
    if (!isUuid(id)) throw new NotFoundError("La richiesta");
    const decider = aliasedTable(users, "decider");
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
        personId: persons.id,
        cognome: persons.cognome,
        nome: persons.nome,
        measureId: measures.id,
        misura: measures.nome,
        tipo: measures.tipo,
        area: measures.area,
      })
      .from(requests)
      .innerJoin(persons, eq(persons.id, requests.personId))
      .innerJoin(comuni, eq(comuni.id, requests.comuneId))
      .innerJoin(measures, eq(measures.id, requests.measureId))
      .leftJoin(decider, eq(decider.id, requests.decisoDa))
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
    const { ambitoId, anno, numero, ...rest } = r;
    return {
      ...rest,
      protocollo: anno && numero ? formatProtocol(anno, numero) : null,
      actions: actionsFor(actor, r.stato, { ambitoId, comuneId: r.comuneId }),
      history,
    };
  });
}

export type RequestDetail = Awaited<ReturnType<typeof getRequest>>;

function romeYear(now: Date): number {
  return Number(
    new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Rome" }).format(now),
  );
}

/**
 * Files a request: it is protocolled at once. The number comes from a per-ambito, per-year
 * counter updated in the same transaction, so a rollback leaves no gap.
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

  return db.transaction(async (tx) => {
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
    const anno = romeYear(now);
    const [counter] = await tx
      .insert(protocolCounters)
      .values({ ambitoId: actor.ambitoId, anno, ultimo: 1 })
      .onConflictDoUpdate({
        target: [protocolCounters.ambitoId, protocolCounters.anno],
        set: { ultimo: sql`${protocolCounters.ultimo} + 1` },
      })
      .returning({ ultimo: protocolCounters.ultimo });
    if (!counter) throw new Error("protocol counter not returned");

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
        importoMensile: data.importoMensile.toFixed(2),
        mesi: data.mesi,
        dataInizio: data.dataInizio ?? null,
        motivazione: data.motivazione,
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
      at: now,
    });
    await audit(tx, actor, "create", "richiesta", row.id);
    return { id: row.id, protocollo: formatProtocol(anno, counter.ultimo) };
  });
}

/** Moves a request along the procedure; decisions carry their written reason. */
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
    const { action, nota } = parsed.data;

    const [r] = await tx
      .select({
        ambitoId: requests.ambitoId,
        comuneId: requests.comuneId,
        stato: requests.stato,
        importoMensile: requests.importoMensile,
        mesi: requests.mesi,
        bandoId: requests.bandoId,
        budgetLineId: requests.budgetLineId,
        importoImpegnato: requests.importoImpegnato,
        area: measures.area,
      })
      .from(requests)
      .innerJoin(measures, eq(measures.id, requests.measureId))
      .where(and(eq(requests.id, id), scopeWhere(actor, "request.read", requests)))
      .for("update", { of: requests })
      .limit(1);
    if (!r) throw new NotFoundError("La richiesta");
    if (!allows(actor, transitionPermission[ACTION_ROLE[action as RequestAction]], r)) {
      throw new ForbiddenError("Il tuo ruolo non può eseguire questa azione sulla richiesta.");
    }
    const step = transition(r.stato, action);
    if (!step.ok)
      throw new ConflictError(step.error, { stato: r.stato, statoLabel: STATUS_LABELS[r.stato] });
    if (requiresReason(action) && !nota) {
      throw new ValidationError({
        nota: ["Scrivi la motivazione: è obbligatoria per questa decisione."],
      });
    }
    const now = new Date();
    const decision =
      action === "approva" || action === "respingi"
        ? {
            esitoMotivazione: nota ?? null,
            decisoIl: now,
            decisoDa: actor.id,
            importoApprovato:
              action === "approva" && r.importoMensile && r.mesi
                ? (Number(r.importoMensile) * r.mesi).toFixed(2)
                : null,
          }
        : {};
    const money = await moveBudget(tx, action, r, decision.importoApprovato ?? null);
    const updated = await tx
      .update(requests)
      .set({ stato: step.to, aggiornatoIl: now, ...decision, ...money })
      .where(and(eq(requests.id, id), eq(requests.stato, r.stato)))
      .returning({ id: requests.id });
    if (updated.length !== 1)
      throw new ConflictError("La richiesta è stata modificata nel frattempo: ricarica la pagina.");
    await tx.insert(requestEvents).values({
      ambitoId: r.ambitoId,
      requestId: id,
      actorId: actor.id,
      azione: action,
      daStato: r.stato,
      aStato: step.to,
      nota: nota ?? null,
      at: now,
    });
    await audit(tx, actor, "transition", "richiesta", id);
    return { id, stato: step.to };
  });
}

/**
 * The budget side of a transition, in the same transaction: an approval under a bando commits
 * its amount (or fails, leaving everything as it was); a revocation or renunciation frees it.
 */
async function moveBudget(
  tx: Db,
  action: RequestAction,
  r: {
    bandoId: string | null;
    budgetLineId: string | null;
    importoImpegnato: string | null;
    comuneId: string;
    area: Area;
  },
  amount: string | null,
): Promise<{ budgetLineId?: string | null; importoImpegnato?: string | null }> {
  if (action === "approva" && r.bandoId && amount) {
    const lineId = await commitBudget(
      tx,
      { bandoId: r.bandoId, comuneId: r.comuneId, area: r.area },
      amount,
    );
    if (!lineId) {
      throw new ConflictError(
        "I fondi del bando non bastano per questa richiesta: mettila in lista d'attesa.",
        {
          reason: "budget",
        },
      );
    }
    return { budgetLineId: lineId, importoImpegnato: amount };
  }
  if ((action === "revoca" || action === "rinuncia") && r.budgetLineId && r.importoImpegnato) {
    await releaseBudget(tx, r.budgetLineId, r.importoImpegnato);
    return { importoImpegnato: "0.00" };
  }
  return {};
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
