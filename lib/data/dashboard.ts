import "server-only";
import { and, asc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  bandi,
  comuni,
  rollupBudget,
  rollupCaseload,
  rollupDecisions,
  rollupPeople,
  rollupRequests,
  rollupTerms,
  users,
} from "@/db/schema";
import { scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { AREAS, type Area } from "@/lib/domain/areas";
import {
  AGE_BANDS,
  type AgeBand,
  ageBandOf,
  defaultPeriod,
  histogramStats,
  isMonth,
  monthsOf,
} from "@/lib/domain/dashboard";
import { romeDate } from "@/lib/domain/dates";
import { REQUEST_STATUSES, type RequestStatus } from "@/lib/domain/request-workflow";
import { scopeWhere } from "./authorize";
import { isUuid } from "./pg-errors";
import { inTurn, withActor } from "./scoped";

export type DashboardFilters = {
  dal: string;
  al: string;
  /** Only for district-wide roles; the others always see their own comuni. */
  comuneId: string | null;
  area: Area | null;
};

/** Reads the URL's filters; a comune is honoured only for a district-wide scope. */
export function dashboardFiltersOf(
  actor: Actor,
  raw: Record<string, string | undefined>,
  today = romeDate(new Date()),
): DashboardFilters {
  const fallback = defaultPeriod(today);
  let dal = isMonth(raw.dal) ? raw.dal : fallback.dal;
  let al = isMonth(raw.al) ? raw.al : fallback.al;
  if (dal > al) [dal, al] = [al, dal];
  const district = scopeFor(actor, "dashboard.read") === "district";
  const comuneId = district && raw.comune && isUuid(raw.comune) ? raw.comune : null;
  const area = AREAS.includes(raw.area as Area) ? (raw.area as Area) : null;
  return { dal, al, comuneId, area };
}

export type Money = { stanziato: number; impegnato: number; pagato: number };

export type Dashboard = {
  filters: DashboardFilters;
  district: boolean;
  today: string;
  caseloadByArea: { area: Area; n: number }[];
  caseloadByComune: { comune: string; n: number }[];
  caseloadByWorker: { operatore: string | null; n: number }[];
  myCaseload: number | null;
  funnel: { stato: RequestStatus; n: number }[];
  decisionsByMonth: { mese: string; approvate: number; respinte: number }[];
  timeToDecision: { n: number; mean: number | null; p90: number | null };
  overdueByArea: { area: Area; n: number }[];
  /** Per bando; null = requests for services outside any bando. */
  waiting: { bando: string | null; n: number }[];
  budgetByBando: ({ bando: string } & Money)[];
  budgetByComune: ({ comune: string | null } & Money)[];
  budgetByArea: ({ area: Area | null } & Money)[];
  people: { fascia: AgeBand; M: number; F: number }[];
};

const n = sql<number>`sum(n)::bigint`;
const num = (v: unknown) => Number(v ?? 0);
const money = (t: typeof rollupBudget) => ({
  stanziato: sql<string>`sum(${t.stanziato})`,
  impegnato: sql<string>`sum(${t.impegnato})`,
  pagato: sql<string>`sum(${t.pagato})`,
});
const toMoney = (r: { stanziato: string; impegnato: string; pagato: string }): Money => ({
  stanziato: num(r.stanziato),
  impegnato: num(r.impegnato),
  pagato: num(r.pagato),
});

/**
 * Every figure of the cruscotto, from the rollups only (migration 0016): the actor's scope
 * (their comuni, or the district) is forced here, never taken from the URL.
 */
export async function getDashboard(
  db: Db,
  actor: Actor,
  filters: DashboardFilters,
  today = romeDate(new Date()),
): Promise<Dashboard> {
  return withActor(db, actor, async (tx) => {
    const district = scopeFor(actor, "dashboard.read") === "district";
    const where = (cols: { ambitoId: AnyPgColumn; comuneId: AnyPgColumn; area: AnyPgColumn }) => {
      const parts: SQL[] = [scopeWhere(actor, "dashboard.read", cols)];
      if (filters.comuneId) parts.push(eq(cols.comuneId, filters.comuneId));
      if (filters.area) parts.push(eq(cols.area, filters.area));
      return and(...parts) as SQL;
    };
    const from = `${filters.dal}-01`;
    const to = `${filters.al}-01`;
    const k = rollupCaseload;
    const r = rollupRequests;
    const d = rollupDecisions;
    const b = rollupBudget;
    const p = rollupPeople;
    // A bando counts in the period when its window opened by the period's end and its benefits
    // run past the period's start: an open bando paying from next month is in this year's view.
    const periodEnd = sql`(${to}::date + interval '1 month' - interval '1 day')::date`;
    const inBudgetPeriod = and(gte(bandi.periodoFine, from), lte(bandi.apertura, periodEnd));

    const [byArea, byComune, byWorker, mine, funnel, decisions, overdue, waiting] = await inTurn([
      tx.select({ area: k.area, n }).from(k).where(where(k)).groupBy(k.area),
      tx
        .select({ comune: comuni.nome, n })
        .from(k)
        .innerJoin(comuni, eq(comuni.id, k.comuneId))
        .where(where(k))
        .groupBy(comuni.nome)
        .orderBy(asc(comuni.nome)),
      tx
        .select({ operatore: users.nome, n })
        .from(k)
        .leftJoin(users, eq(users.id, k.operatoreId))
        .where(where(k))
        .groupBy(k.operatoreId, users.nome)
        .orderBy(sql`sum(n) desc`, asc(users.nome)),
      actor.role === "assistente_sociale"
        ? tx
            .select({ n })
            .from(k)
            .where(and(where(k), eq(k.operatoreId, actor.id)))
        : Promise.resolve(null),
      tx
        .select({ stato: r.stato, n })
        .from(r)
        .where(and(where(r), gte(r.mese, from), lte(r.mese, to)))
        .groupBy(r.stato),
      tx
        .select({ mese: d.mese, esito: d.esito, giorni: d.giorni, n })
        .from(d)
        .where(and(where(d), gte(d.mese, from), lte(d.mese, to)))
        .groupBy(d.mese, d.esito, d.giorni),
      tx
        .select({ area: rollupTerms.area, n })
        .from(rollupTerms)
        .where(and(where(rollupTerms), lte(rollupTerms.scadutaDal, today)))
        .groupBy(rollupTerms.area),
      tx
        .select({ bando: bandi.titolo, n })
        .from(r)
        .leftJoin(bandi, eq(bandi.id, r.bandoId))
        .where(and(where(r), eq(r.stato, "in_lista_attesa")))
        .groupBy(bandi.titolo)
        .orderBy(sql`${bandi.titolo} asc nulls last`),
    ]);
    const [budgetBando, budgetComune, budgetArea, people] = await inTurn([
      tx
        .select({ bando: bandi.titolo, ...money(b) })
        .from(b)
        .innerJoin(bandi, eq(bandi.id, b.bandoId))
        .where(and(where(b), inBudgetPeriod))
        .groupBy(bandi.titolo)
        .orderBy(asc(bandi.titolo)),
      tx
        .select({ comune: comuni.nome, ...money(b) })
        .from(b)
        .innerJoin(bandi, eq(bandi.id, b.bandoId))
        .leftJoin(comuni, eq(comuni.id, b.comuneId))
        .where(and(where(b), inBudgetPeriod))
        .groupBy(comuni.nome)
        .orderBy(sql`${comuni.nome} asc nulls first`),
      tx
        .select({ area: b.area, ...money(b) })
        .from(b)
        .innerJoin(bandi, eq(bandi.id, b.bandoId))
        .where(and(where(b), inBudgetPeriod))
        .groupBy(b.area),
      tx
        .select({ sesso: p.sesso, anno: p.annoNascita, n })
        .from(p)
        .where(where(p))
        .groupBy(p.sesso, p.annoNascita),
    ]);

    const byStatus = new Map(funnel.map((x) => [x.stato, num(x.n)]));
    // Every month of the period, from the first with a decision when the period is very long.
    const first = decisions.map((x) => String(x.mese)).sort()[0] ?? "9999";
    const start = first < filters.dal ? filters.dal : first.slice(0, 7);
    const months = monthsOf({ dal: first === "9999" ? filters.dal : start, al: filters.al });
    const perMonth = new Map(months.map((m) => [m, { mese: m, approvate: 0, respinte: 0 }]));
    for (const x of decisions) {
      const row = perMonth.get(String(x.mese).slice(0, 7));
      if (!row) continue;
      if (x.esito === "respinta") row.respinte += num(x.n);
      else row.approvate += num(x.n);
    }
    const year = Number(today.slice(0, 4));
    const bands = new Map(AGE_BANDS.map((f) => [f, { fascia: f, M: 0, F: 0 }]));
    for (const x of people) {
      const band = bands.get(ageBandOf(x.anno, year));
      if (band) band[x.sesso] += num(x.n);
    }
    const areaOrder = (a: Area | null) => (a ? AREAS.indexOf(a) : -1);
    return {
      filters,
      district,
      today,
      caseloadByArea: AREAS.map((area) => ({
        area,
        n: num(byArea.find((x) => x.area === area)?.n),
      })),
      caseloadByComune: byComune.map((x) => ({ comune: x.comune, n: num(x.n) })).filter((x) => x.n),
      caseloadByWorker: byWorker
        .map((x) => ({ operatore: x.operatore, n: num(x.n) }))
        .filter((x) => x.n),
      myCaseload: mine ? num(mine[0]?.n) : null,
      funnel: REQUEST_STATUSES.map((stato) => ({ stato, n: byStatus.get(stato) ?? 0 })),
      decisionsByMonth: [...perMonth.values()],
      timeToDecision: histogramStats(decisions.map((x) => ({ value: x.giorni, n: num(x.n) }))),
      overdueByArea: AREAS.map((area) => ({
        area,
        n: num(overdue.find((x) => x.area === area)?.n),
      })),
      waiting: waiting.map((x) => ({ bando: x.bando, n: num(x.n) })).filter((x) => x.n),
      budgetByBando: budgetBando.map((x) => ({ bando: x.bando, ...toMoney(x) })),
      budgetByComune: budgetComune.map((x) => ({ comune: x.comune, ...toMoney(x) })),
      budgetByArea: budgetArea
        .map((x) => ({ area: x.area, ...toMoney(x) }))
        .sort((x, y) => areaOrder(x.area) - areaOrder(y.area)),
      people: [...bands.values()],
    };
  });
}
