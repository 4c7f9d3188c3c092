import { and, asc, desc, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { cases, caseTeam, persons, plans } from "@/db/schema";
import { scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Area } from "@/lib/domain/areas";
import type { CaseStatus } from "@/lib/domain/case-file";
import { type AppointmentItem, appointmentItems, todayWhere } from "./appointments";
import { scopeWhere } from "./authorize";

export type DeskCase = { id: string; persona: string; area: Area; stato: CaseStatus };
export type DeskReview = {
  caseId: string;
  persona: string;
  titolo: string;
  prossimaVerifica: string;
};

/** The cartella part of a worker's desk; each list null when the role has no such work. */
export type DeskCaseload = {
  cases: { total: number; rows: DeskCase[] } | null;
  reviews: { total: number; rows: DeskReview[] } | null;
  today: AppointmentItem[] | null;
};

const total = sql<number>`count(*) over ()`.mapWith(Number);

/**
 * The worker's cartelle (on the équipe, open or suspended), the plans whose review date
 * has passed (the équipe's for a worker, the district's for the coordinator) and today's
 * appointments: three queries, each bounded by `limit`.
 */
export async function deskCaseload(
  tx: Db,
  actor: Actor,
  todayIso: string,
  now: Date,
  limit: number,
): Promise<DeskCaseload> {
  const worker = scopeFor(actor, "case.manage") !== null;
  const onTeam = sql`exists (select 1 from ${caseTeam} e where e.ambito_id = ${cases.ambitoId}
    and e.cartella_id = ${cases.id} and e.utente_id = ${actor.id} and e.al_il is null)`;

  let mine: DeskCaseload["cases"] = null;
  if (worker) {
    const rows = await tx
      .select({
        id: cases.id,
        cognome: persons.cognome,
        nome: persons.nome,
        area: cases.area,
        stato: cases.stato,
        total,
      })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(
        and(
          scopeWhere(actor, "case.read", cases),
          inArray(cases.stato, ["aperta", "sospesa"]),
          onTeam,
        ),
      )
      // The most recently touched first: the ones in hand.
      .orderBy(desc(cases.aggiornataIl), asc(cases.id))
      .limit(limit);
    mine = {
      total: rows[0]?.total ?? 0,
      rows: rows.map((r) => ({
        id: r.id,
        persona: `${r.cognome} ${r.nome}`,
        area: r.area,
        stato: r.stato,
      })),
    };
  }

  let reviews: DeskCaseload["reviews"] = null;
  if (scopeFor(actor, "case.plan.read")) {
    const rows = await tx
      .select({
        caseId: cases.id,
        cognome: persons.cognome,
        nome: persons.nome,
        titolo: plans.titolo,
        prossimaVerifica: plans.prossimaVerifica,
        total,
      })
      .from(plans)
      .innerJoin(cases, eq(cases.id, plans.caseId))
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(
        and(
          eq(plans.ambitoId, actor.ambitoId),
          eq(plans.stato, "attivo"),
          lt(plans.prossimaVerifica, todayIso),
          scopeWhere(actor, "case.plan.read", cases),
          sql`${cases.stato} <> 'chiusa'`,
          worker ? onTeam : undefined,
        ) as SQL,
      )
      .orderBy(asc(plans.prossimaVerifica), asc(plans.id))
      .limit(limit);
    reviews = {
      total: rows[0]?.total ?? 0,
      rows: rows.map((r) => ({
        caseId: r.caseId,
        persona: `${r.cognome} ${r.nome}`,
        titolo: r.titolo,
        prossimaVerifica: r.prossimaVerifica,
      })),
    };
  }

  const today = scopeFor(actor, "appointment.write")
    ? await appointmentItems(tx, actor, todayWhere(actor, now), limit)
    : null;
  return { cases: mine, reviews, today };
}
