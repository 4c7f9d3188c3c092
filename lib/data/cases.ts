import { and, asc, desc, eq, gte, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  appointments,
  caseEvents,
  cases,
  caseTeam,
  comuni,
  diaryEntries,
  personDocuments,
  persons,
  plans,
  userComuni,
  users,
} from "@/db/schema";
import { allows, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Area } from "@/lib/domain/areas";
import type { CaseEvent, CaseStatus } from "@/lib/domain/case-file";
import { CaseOpenSchema } from "@/lib/validation/case-file";
import { CASE_ACTIONS, type CaseAction, CaseStatusChangeSchema } from "@/lib/validation/cases";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUniqueViolation, isUuid } from "./pg-errors";
import { withActor } from "./scoped";

/** The cartella if `actor` may reach it under `permission`; 404 otherwise, as if it did not exist. */
export async function caseInScope(tx: Db, actor: Actor, caseId: string, permission: Permission) {
  requirePermission(actor, permission);
  if (!isUuid(caseId)) throw new NotFoundError("La cartella");
  const [row] = await tx
    .select({
      id: cases.id,
      comuneId: cases.comuneId,
      personId: cases.personId,
      area: cases.area,
      stato: cases.stato,
      operatoreId: cases.operatoreId,
    })
    .from(cases)
    .where(and(eq(cases.id, caseId), scopeWhere(actor, permission, cases)))
    .limit(1);
  if (!row) throw new NotFoundError("La cartella");
  return row;
}

/** Whether `userId` is on the cartella's current équipe. */
export async function isOnTeam(tx: Db, caseId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: caseTeam.id })
    .from(caseTeam)
    .where(and(eq(caseTeam.caseId, caseId), eq(caseTeam.userId, userId), isNull(caseTeam.alIl)))
    .limit(1);
  return Boolean(row);
}

export type CaseHeader = {
  id: string;
  area: Area;
  stato: CaseStatus;
  apertaIl: Date;
  chiusaIl: Date | null;
  comuneId: string;
  comune: string;
  person: { id: string; cognome: string; nome: string; dataNascita: string };
  referente: string | null;
  /** The actor is on the équipe (sees riservato diary entries). */
  onTeam: boolean;
  canManage: boolean;
};

/**
 * What every page of a cartella shows on top: the person's name and birth date, the area,
 * the status and the referente. The view is written to the access log.
 */
export async function getCaseHeader(db: Db, actor: Actor, caseId: string): Promise<CaseHeader> {
  return withActor(db, actor, async (tx) => {
    await caseInScope(tx, actor, caseId, "case.read");
    const [row] = await tx
      .select({
        id: cases.id,
        area: cases.area,
        stato: cases.stato,
        apertaIl: cases.apertaIl,
        chiusaIl: cases.chiusaIl,
        comuneId: cases.comuneId,
        comune: comuni.nome,
        personId: persons.id,
        cognome: persons.cognome,
        nome: persons.nome,
        dataNascita: persons.dataNascita,
        referente: users.nome,
      })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.personId))
      .innerJoin(comuni, eq(comuni.id, cases.comuneId))
      .leftJoin(users, eq(users.id, cases.operatoreId))
      .where(eq(cases.id, caseId))
      .limit(1);
    if (!row) throw new NotFoundError("La cartella");
    const onTeam = await isOnTeam(tx, caseId, actor.id);
    await audit(tx, actor, "view", "cartella", caseId);
    return {
      id: row.id,
      area: row.area,
      stato: row.stato,
      apertaIl: row.apertaIl,
      chiusaIl: row.chiusaIl,
      comuneId: row.comuneId,
      comune: row.comune,
      person: {
        id: row.personId,
        cognome: row.cognome,
        nome: row.nome,
        dataNascita: row.dataNascita,
      },
      referente: row.referente,
      onTeam,
      canManage: allows(actor, "case.manage", { ambitoId: actor.ambitoId, comuneId: row.comuneId }),
    };
  });
}

export type CaseSummary = {
  id: string;
  area: Area;
  stato: CaseStatus;
  apertaIl: Date;
  chiusaIl: Date | null;
  referente: string | null;
};

/** The cartelle of a person, one per area at a time; closed ones stay listed. */
export async function listCasesOfPerson(
  db: Db,
  actor: Actor,
  personId: string,
): Promise<CaseSummary[]> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "case.read");
    if (!isUuid(personId)) throw new NotFoundError("La persona");
    const [person] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.id, personId), scopeWhere(actor, "case.read", persons)))
      .limit(1);
    if (!person) throw new NotFoundError("La persona");
    return tx
      .select({
        id: cases.id,
        area: cases.area,
        stato: cases.stato,
        apertaIl: cases.apertaIl,
        chiusaIl: cases.chiusaIl,
        referente: users.nome,
      })
      .from(cases)
      .leftJoin(users, eq(users.id, cases.operatoreId))
      .where(and(eq(cases.personId, personId), scopeWhere(actor, "case.read", cases)))
      .orderBy(asc(cases.stato), asc(cases.apertaIl));
  });
}

/**
 * Opens a cartella for a person in a target area (presa in carico), with the actor as
 * referente and first member of the équipe. A second open cartella in the same area is
 * refused: a closed one is reopened instead.
 */
export async function openCase(
  db: Db,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "case.manage");
    const parsed = CaseOpenSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    if (!isUuid(personId)) throw new NotFoundError("La persona");
    const [person] = await tx
      .select({
        id: persons.id,
        comuneId: persons.comuneId,
        anonimizzataIl: persons.anonimizzataIl,
        unitaIn: persons.unitaIn,
      })
      .from(persons)
      .where(and(eq(persons.id, personId), scopeWhere(actor, "case.manage", persons)))
      .limit(1);
    if (!person) throw new NotFoundError("La persona");
    if (person.anonimizzataIl || person.unitaIn)
      throw new ConflictError("Questa scheda non accetta nuove cartelle.");
    try {
      return await tx.transaction(async (tx) => {
        const [row] = await tx
          .insert(cases)
          .values({
            ambitoId: actor.ambitoId,
            comuneId: person.comuneId,
            personId,
            area: parsed.data.area,
            operatoreId: actor.id,
          })
          .returning({ id: cases.id });
        if (!row) throw new Error("insert returned no row");
        await tx.insert(caseEvents).values({
          ambitoId: actor.ambitoId,
          caseId: row.id,
          evento: "aperta",
          statoA: "aperta",
          motivo: parsed.data.motivo ?? null,
          autoreId: actor.id,
        });
        await tx
          .insert(caseTeam)
          .values({ ambitoId: actor.ambitoId, caseId: row.id, userId: actor.id, referente: true });
        await audit(tx, actor, "create", "cartella", row.id);
        return row;
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw new ValidationError({
          area: ["C'è già una cartella aperta o sospesa in quest'area: aprila da qui sotto."],
        });
      throw e;
    }
  });
}

export type CaseEventView = {
  id: string;
  evento: CaseEvent;
  statoDa: CaseStatus | null;
  statoA: CaseStatus | null;
  motivo: string | null;
  dettagli: string | null;
  autore: string | null;
  il: Date;
};

export type TeamMemberView = { userId: string; nome: string; referente: boolean; dalIl: Date };

export type CaseOverview = {
  id: string;
  stato: CaseStatus;
  apertaIl: Date;
  chiusaIl: Date | null;
  motivoChiusura: string | null;
  aggiornataIl: Date;
  history: CaseEventView[];
  team: TeamMemberView[];
  /** Workers who may join the équipe; empty unless the actor may change it. */
  candidates: { userId: string; nome: string }[];
  /** Null where the actor may not read that section. */
  counts: {
    diary: number | null;
    activePlans: number | null;
    documents: number | null;
    upcomingAppointments: number | null;
  };
  actions: CaseAction[];
  canManage: boolean;
};

const NEXT: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus; event: CaseEvent }> =
  {
    sospendi: { from: ["aperta"], to: "sospesa", event: "sospesa" },
    riprendi: { from: ["sospesa"], to: "aperta", event: "ripresa" },
    chiudi: { from: ["aperta", "sospesa"], to: "chiusa", event: "chiusa" },
    riapri: { from: ["chiusa"], to: "aperta", event: "riaperta" },
  };

/** The status actions open from a status. */
export function caseActionsFrom(stato: CaseStatus): CaseAction[] {
  return CASE_ACTIONS.filter((a) => NEXT[a].from.includes(stato));
}

async function countOf(query: Promise<{ n: number }[]>): Promise<number> {
  return (await query)[0]?.n ?? 0;
}

/**
 * The overview of a cartella: its status history with authors, the current équipe and how
 * much each section holds (only the sections the actor may read).
 */
export async function getCaseOverview(db: Db, actor: Actor, caseId: string): Promise<CaseOverview> {
  return withActor(db, actor, async (tx) => {
    const c = await caseInScope(tx, actor, caseId, "case.read");
    const [row] = await tx
      .select({
        apertaIl: cases.apertaIl,
        chiusaIl: cases.chiusaIl,
        motivoChiusura: cases.motivoChiusura,
        aggiornataIl: cases.aggiornataIl,
      })
      .from(cases)
      .where(eq(cases.id, caseId));
    if (!row) throw new NotFoundError("La cartella");
    const history = await tx
      .select({
        id: caseEvents.id,
        evento: caseEvents.evento,
        statoDa: caseEvents.statoDa,
        statoA: caseEvents.statoA,
        motivo: caseEvents.motivo,
        dettagli: caseEvents.dettagli,
        autore: users.nome,
        il: caseEvents.il,
      })
      .from(caseEvents)
      .leftJoin(users, eq(users.id, caseEvents.autoreId))
      .where(and(eq(caseEvents.ambitoId, actor.ambitoId), eq(caseEvents.caseId, caseId)))
      .orderBy(desc(caseEvents.il), desc(caseEvents.id));
    const team = await currentTeam(tx, actor, caseId);
    const canManage =
      allows(actor, "case.manage", { ambitoId: actor.ambitoId, comuneId: c.comuneId }) &&
      !actor.mustChangePassword &&
      !actor.mfaPending;
    const candidates =
      canManage && c.stato !== "chiusa"
        ? (await eligibleWorkers(tx, actor, c.comuneId)).filter(
            (w) => !team.some((m) => m.userId === w.userId),
          )
        : [];
    const may = (p: Permission) =>
      allows(actor, p, { ambitoId: actor.ambitoId, comuneId: c.comuneId });
    const n = sql<number>`count(*)::int`;
    const counts = {
      diary: may("case.diary.read")
        ? await countOf(
            tx
              .select({ n })
              .from(diaryEntries)
              .where(
                and(eq(diaryEntries.ambitoId, actor.ambitoId), eq(diaryEntries.caseId, caseId)),
              ),
          )
        : null,
      activePlans: may("case.plan.read")
        ? await countOf(
            tx
              .select({ n })
              .from(plans)
              .where(
                and(
                  eq(plans.ambitoId, actor.ambitoId),
                  eq(plans.caseId, caseId),
                  eq(plans.stato, "attivo"),
                ),
              ),
          )
        : null,
      documents: may("person.document.read")
        ? await countOf(
            tx
              .select({ n })
              .from(personDocuments)
              .where(
                and(
                  eq(personDocuments.ambitoId, actor.ambitoId),
                  eq(personDocuments.caseId, caseId),
                ),
              ),
          )
        : null,
      upcomingAppointments: may("appointment.read")
        ? await countOf(
            tx
              .select({ n })
              .from(appointments)
              .where(
                and(
                  eq(appointments.ambitoId, actor.ambitoId),
                  eq(appointments.caseId, caseId),
                  eq(appointments.stato, "programmato"),
                  gte(appointments.inizio, new Date()),
                ),
              ),
          )
        : null,
    };
    await audit(tx, actor, "view", "cartella", caseId);
    return {
      id: c.id,
      stato: c.stato,
      ...row,
      history,
      team,
      candidates,
      counts,
      actions: canManage ? caseActionsFrom(c.stato) : [],
      canManage,
    };
  });
}

/** The current équipe of a cartella, referente first. */
export async function currentTeam(tx: Db, actor: Actor, caseId: string): Promise<TeamMemberView[]> {
  return tx
    .select({
      userId: caseTeam.userId,
      nome: users.nome,
      referente: caseTeam.referente,
      dalIl: caseTeam.dalIl,
    })
    .from(caseTeam)
    .innerJoin(users, eq(users.id, caseTeam.userId))
    .where(
      and(
        eq(caseTeam.ambitoId, actor.ambitoId),
        eq(caseTeam.caseId, caseId),
        isNull(caseTeam.alIl),
      ),
    )
    .orderBy(desc(caseTeam.referente), asc(users.nome));
}

/** Active social workers serving `comuneId`: who may be on a cartella's équipe there. */
export async function eligibleWorkers(
  tx: Db,
  actor: Actor,
  comuneId: string,
  userId?: string,
): Promise<{ userId: string; nome: string }[]> {
  return tx
    .select({ userId: users.id, nome: users.nome })
    .from(users)
    .innerJoin(
      userComuni,
      and(eq(userComuni.userId, users.id), eq(userComuni.ambitoId, users.ambitoId)),
    )
    .where(
      and(
        eq(users.ambitoId, actor.ambitoId),
        eq(userComuni.comuneId, comuneId),
        eq(users.ruolo, "assistente_sociale"),
        eq(users.attivo, true),
        userId ? eq(users.id, userId) : undefined,
      ),
    )
    .orderBy(asc(users.nome));
}

/**
 * Suspends, resumes, closes or reopens a cartella. The UPDATE only applies if the status is
 * still the one just read, so of two workers acting at once only one succeeds; the other is
 * told the cartella changed. Every change is a new entry of the history: nothing is deleted.
 */
export async function changeCaseStatus(
  db: Db,
  actor: Actor,
  caseId: string,
  input: unknown,
): Promise<{ id: string; stato: CaseStatus }> {
  return withActor(db, actor, async (tx) => {
    const c = await caseInScope(tx, actor, caseId, "case.manage");
    const parsed = CaseStatusChangeSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const { azione, motivo } = parsed.data;
    const step = NEXT[azione];
    if (!step.from.includes(c.stato))
      throw new ConflictError(`Non si può ${ACTION_VERB[azione]} una cartella ${c.stato}.`, {
        stato: c.stato,
      });
    if (azione === "riapri") {
      const [other] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(
          and(
            eq(cases.ambitoId, actor.ambitoId),
            eq(cases.personId, c.personId),
            eq(cases.area, c.area),
            ne(cases.stato, "chiusa"),
          ),
        )
        .limit(1);
      if (other) throw reopenConflict(other.id);
    }
    const now = new Date();
    const closing = step.to === "chiusa";
    try {
      return await tx.transaction(async (tx) => {
        const [row] = await tx
          .update(cases)
          .set({
            stato: step.to,
            aggiornataIl: now,
            ...(closing ? { chiusaIl: now, motivoChiusura: motivo ?? null } : {}),
            ...(azione === "riapri" ? { chiusaIl: null, motivoChiusura: null } : {}),
          })
          .where(and(eq(cases.id, caseId), eq(cases.stato, c.stato)))
          .returning({ id: cases.id, stato: cases.stato });
        if (!row)
          throw new ConflictError(
            "La cartella è stata modificata da un altro operatore nel frattempo: ricarica la pagina.",
          );
        await tx.insert(caseEvents).values({
          ambitoId: actor.ambitoId,
          caseId,
          evento: step.event,
          statoDa: c.stato,
          statoA: step.to,
          motivo: motivo ?? null,
          autoreId: actor.id,
          il: now,
        });
        await audit(tx, actor, "transition", "cartella", caseId);
        return row;
      });
    } catch (e) {
      // Another cartella of the same area was opened between the check and the update.
      if (isUniqueViolation(e)) throw reopenConflict(null);
      throw e;
    }
  });
}

const ACTION_VERB: Record<CaseAction, string> = {
  sospendi: "sospendere",
  riprendi: "riprendere",
  chiudi: "chiudere",
  riapri: "riaprire",
};

function reopenConflict(otherId: string | null) {
  return new ConflictError(
    "La persona ha già un'altra cartella aperta o sospesa in quest'area: non si può riaprire questa.",
    otherId ? { cartellaId: otherId } : {},
  );
}

export type MyCase = {
  id: string;
  area: Area;
  stato: CaseStatus;
  aggiornataIl: Date;
  referente: boolean;
  person: { id: string; cognome: string; nome: string };
};

/** A keyset cursor: the last row's update time and id. */
function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

function decodeCursor(cursor: string): { at: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const date = at ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || !isUuid(id)) return null;
  return { at: date, id };
}

/**
 * The cartelle open or suspended where the actor is on the équipe, most recently changed
 * first, a page at a time (keyset on aggiornata_il, id).
 */
export async function listMyCases(
  db: Db,
  actor: Actor,
  opts: { limit?: number; after?: string } = {},
): Promise<{ rows: MyCase[]; next: string | null }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "case.read");
    const limit = Math.min(Math.max(opts.limit ?? 25, 1), 100);
    const cursor = opts.after ? decodeCursor(opts.after) : null;
    if (opts.after && !cursor) throw new ValidationError({ after: ["Cursore non valido."] });
    const rows = await tx
      .select({
        id: cases.id,
        area: cases.area,
        stato: cases.stato,
        aggiornataIl: cases.aggiornataIl,
        referente: caseTeam.referente,
        personId: persons.id,
        cognome: persons.cognome,
        nome: persons.nome,
      })
      .from(caseTeam)
      .innerJoin(cases, eq(cases.id, caseTeam.caseId))
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(
        and(
          eq(caseTeam.ambitoId, actor.ambitoId),
          eq(caseTeam.userId, actor.id),
          isNull(caseTeam.alIl),
          ne(cases.stato, "chiusa"),
          scopeWhere(actor, "case.read", cases),
          cursor
            ? or(
                lt(cases.aggiornataIl, cursor.at),
                and(eq(cases.aggiornataIl, cursor.at), lt(cases.id, cursor.id)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(cases.aggiornataIl), desc(cases.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      rows: page.map((r) => ({
        id: r.id,
        area: r.area,
        stato: r.stato,
        aggiornataIl: r.aggiornataIl,
        referente: r.referente,
        person: { id: r.personId, cognome: r.cognome, nome: r.nome },
      })),
      next: rows.length > limit && last ? encodeCursor(last.aggiornataIl, last.id) : null,
    };
  });
}
