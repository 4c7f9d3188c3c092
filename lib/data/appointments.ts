import { and, asc, eq, gt, lt, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointments, cases, persons, userComuni, users } from "@/db/schema";
import { allows } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { AppointmentKind, AppointmentStatus } from "@/lib/domain/case-file";
import { type IsoDate, romeDate } from "@/lib/domain/dates";
import { romeInstant, romeTime } from "@/lib/domain/rome-time";
import { dayRange, weekRange, weekStartOf } from "@/lib/domain/week";
import {
  type Appointment,
  AppointmentSchema,
  AppointmentStatusSchema,
} from "@/lib/validation/appointments";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { caseInScope } from "./cases";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

/** The longest appointment accepted: a working day. */
export const MAX_APPOINTMENT_HOURS = 12;

export type AppointmentItem = {
  id: string;
  tipo: AppointmentKind;
  stato: AppointmentStatus;
  inizio: Date;
  fine: Date;
  luogo: string | null;
  note: string | null;
  operatoreId: string;
  operatore: string;
  caseId: string | null;
  /** The person of the cartella, only when the viewer may read the cartella. */
  persona: string | null;
};

/** The columns of a calendar item; the person comes through the cartella, when there is one. */
async function selectItems(
  tx: Db,
  actor: Actor,
  where: SQL,
  limit = 500,
): Promise<AppointmentItem[]> {
  const rows = await tx
    .select({
      id: appointments.id,
      tipo: appointments.tipo,
      stato: appointments.stato,
      inizio: appointments.inizio,
      fine: appointments.fine,
      luogo: appointments.luogo,
      note: appointments.note,
      operatoreId: appointments.operatoreId,
      operatore: users.nome,
      caseId: appointments.caseId,
      caseComuneId: cases.comuneId,
      cognome: persons.cognome,
      nome: persons.nome,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.operatoreId))
    .leftJoin(cases, eq(cases.id, appointments.caseId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .where(where)
    .orderBy(asc(appointments.inizio), asc(appointments.id))
    .limit(limit);
  return rows.map(({ caseComuneId, cognome, nome, ...r }) => ({
    ...r,
    persona:
      cognome &&
      caseComuneId &&
      allows(actor, "case.read", { ambitoId: actor.ambitoId, comuneId: caseComuneId })
        ? `${cognome} ${nome}`
        : null,
  }));
}

/** Whether `userId` is an active social worker serving `comuneId`. */
async function servesComune(tx: Db, actor: Actor, userId: string, comuneId: string) {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(userComuni, eq(userComuni.userId, users.id))
    .where(
      and(
        eq(users.id, userId),
        eq(users.ambitoId, actor.ambitoId),
        eq(users.attivo, true),
        eq(users.ruolo, "assistente_sociale"),
        eq(userComuni.comuneId, comuneId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

function parse(input: unknown): Appointment {
  const parsed = AppointmentSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * Where and when an appointment goes, checked: the comune is the cartella's (or the actor's
 * first one), the worker serves it, the times make sense and the worker is free then.
 */
async function resolve(tx: Db, actor: Actor, data: Appointment, selfId: string | null) {
  let comuneId: string;
  if (data.caseId) {
    const kase = await caseInScope(tx, actor, data.caseId, "appointment.write").catch((e) => {
      if (!(e instanceof NotFoundError)) throw e;
      throw new ValidationError({ caseId: ["Cartella non trovata tra quelle che segui."] });
    });
    if (kase.stato === "chiusa") {
      throw new ValidationError({
        caseId: ["La cartella è chiusa: riaprila per fissare un appuntamento."],
      });
    }
    comuneId = kase.comuneId;
  } else {
    const first = actor.comuneIds[0];
    if (!first) throw new ValidationError({ caseId: ["Indica la cartella dell'appuntamento."] });
    comuneId = first;
  }
  const operatoreId = data.operatoreId ?? actor.id;
  if (!(await servesComune(tx, actor, operatoreId, comuneId))) {
    throw new ValidationError({
      operatoreId: ["L'operatore indicato non è un assistente sociale di quel comune."],
    });
  }
  const inizio = romeInstant(data.data, data.oraInizio);
  const fine = romeInstant(data.data, data.oraFine);
  if (fine <= inizio) {
    throw new ValidationError({ oraFine: ["L'ora di fine deve venire dopo l'ora di inizio."] });
  }
  if (fine.getTime() - inizio.getTime() > MAX_APPOINTMENT_HOURS * 3_600_000) {
    throw new ValidationError({
      oraFine: [`Un appuntamento dura al massimo ${MAX_APPOINTMENT_HOURS} ore.`],
    });
  }
  // One booking at a time per worker: two concurrent writes for the same worker queue here.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`appuntamenti:${operatoreId}`}))`);
  // The clash is looked for among the appointments the actor's comuni hold (row-level security).
  const [other] = await tx
    .select({ inizio: appointments.inizio, fine: appointments.fine })
    .from(appointments)
    .where(
      and(
        eq(appointments.ambitoId, actor.ambitoId),
        eq(appointments.operatoreId, operatoreId),
        ne(appointments.stato, "annullato"),
        lt(appointments.inizio, fine),
        gt(appointments.fine, inizio),
        selfId ? ne(appointments.id, selfId) : undefined,
      ),
    )
    .orderBy(asc(appointments.inizio))
    .limit(1);
  if (other) {
    const who = operatoreId === actor.id ? "Hai" : "L'operatore ha";
    throw new ValidationError({
      oraInizio: [
        `${who} già un appuntamento dalle ${romeTime(other.inizio)} alle ${romeTime(other.fine)} del ${romeDate(other.inizio).split("-").reverse().join("/")}.`,
      ],
    });
  }
  return { comuneId, operatoreId, inizio, fine };
}

/** Schedules an appointment (a home visit, an interview, a meeting) for a worker. */
export async function createAppointment(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "appointment.write");
    const data = parse(input);
    const at = await resolve(tx, actor, data, null);
    const [row] = await tx
      .insert(appointments)
      .values({
        ambitoId: actor.ambitoId,
        comuneId: at.comuneId,
        operatoreId: at.operatoreId,
        caseId: data.caseId ?? null,
        tipo: data.tipo,
        inizio: at.inizio,
        fine: at.fine,
        luogo: data.luogo ?? null,
        note: data.note ?? null,
        creatoDa: actor.id,
      })
      .returning({ id: appointments.id });
    if (!row) throw new Error("insert returned no row");
    await audit(tx, actor, "create", "appuntamento", row.id);
    return row;
  });
}

async function appointmentInScope(tx: Db, actor: Actor, id: string) {
  if (!isUuid(id)) throw new NotFoundError("L'appuntamento");
  const [row] = await tx
    .select({ id: appointments.id, stato: appointments.stato, caseId: appointments.caseId })
    .from(appointments)
    .where(and(eq(appointments.id, id), scopeWhere(actor, "appointment.write", appointments)))
    .limit(1);
  if (!row) throw new NotFoundError("L'appuntamento");
  return row;
}

/** Moves or edits an appointment still to come (programmato). */
export async function updateAppointment(
  db: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "appointment.write");
    const current = await appointmentInScope(tx, actor, id);
    const data = parse(input);
    if (current.stato !== "programmato") {
      throw new ConflictError("L'appuntamento è già svolto o annullato: non si può modificare.");
    }
    const at = await resolve(tx, actor, data, id);
    await tx
      .update(appointments)
      .set({
        comuneId: at.comuneId,
        operatoreId: at.operatoreId,
        caseId: data.caseId ?? null,
        tipo: data.tipo,
        inizio: at.inizio,
        fine: at.fine,
        luogo: data.luogo ?? null,
        note: data.note ?? null,
      })
      .where(eq(appointments.id, id));
    await audit(tx, actor, "update", "appuntamento", id);
    return { id };
  });
}

/** Marks an appointment as held (svolto) or cancelled (annullato), or back to programmato. */
export async function setAppointmentStatus(
  db: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<{ id: string; stato: AppointmentStatus }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "appointment.write");
    await appointmentInScope(tx, actor, id);
    const parsed = AppointmentStatusSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    await tx.update(appointments).set({ stato: parsed.data.stato }).where(eq(appointments.id, id));
    await audit(tx, actor, "update", "appuntamento", id);
    return { id, stato: parsed.data.stato };
  });
}

export type Week = {
  monday: IsoDate;
  operatoreId: string;
  items: AppointmentItem[];
};

/**
 * One worker's week, Monday 00:00 to the next Monday 00:00 in Rome: the actor's own by
 * default; another worker's within the comuni the actor may read (all of the district for
 * the coordinator).
 */
export async function listWeek(
  db: Db,
  actor: Actor,
  query: { weekStart: IsoDate; operatoreId?: string },
): Promise<Week> {
  return withActor(db, actor, async (tx) => {
    const inScope = scopeWhere(actor, "appointment.read", appointments);
    const operatoreId = query.operatoreId ?? actor.id;
    if (!isUuid(operatoreId)) throw new NotFoundError("L'operatore");
    const monday = weekStartOf(query.weekStart);
    const { from, to } = weekRange(monday);
    const items = await selectItems(
      tx,
      actor,
      and(
        inScope,
        eq(appointments.operatoreId, operatoreId),
        lt(appointments.inizio, to),
        gt(appointments.fine, from),
      ) as SQL,
    );
    return { monday, operatoreId, items };
  });
}

/** The appointments of a cartella, past and to come, and whether the actor may add one. */
export async function listCaseAppointments(
  db: Db,
  actor: Actor,
  caseId: string,
): Promise<{ items: AppointmentItem[]; canSchedule: boolean }> {
  return withActor(db, actor, async (tx) => {
    const kase = await caseInScope(tx, actor, caseId, "appointment.read");
    const items = await selectItems(
      tx,
      actor,
      and(
        scopeWhere(actor, "appointment.read", appointments),
        eq(appointments.caseId, caseId),
      ) as SQL,
    );
    const canSchedule =
      kase.stato !== "chiusa" &&
      allows(actor, "appointment.write", { ambitoId: actor.ambitoId, comuneId: kase.comuneId });
    return { items, canSchedule };
  });
}

/** The condition for the actor's own appointments of one Rome day, cancelled ones left out. */
export function todayWhere(actor: Actor, now: Date): SQL {
  const { from, to } = dayRange(romeDate(now));
  return and(
    scopeWhere(actor, "appointment.read", appointments),
    eq(appointments.operatoreId, actor.id),
    ne(appointments.stato, "annullato"),
    lt(appointments.inizio, to),
    gt(appointments.fine, from),
  ) as SQL;
}

/** The actor's appointments of today (Rome). */
export async function listTodayAppointments(
  db: Db,
  actor: Actor,
  now: Date = new Date(),
): Promise<AppointmentItem[]> {
  return withActor(db, actor, async (tx) => selectItems(tx, actor, todayWhere(actor, now)));
}

/** Reads the items of a day-bounded condition inside an existing transaction (the desk). */
export function appointmentItems(tx: Db, actor: Actor, where: SQL, limit: number) {
  return selectItems(tx, actor, where, limit);
}

export type CalendarWorker = { id: string; nome: string };

/** The social workers whose week the actor may look at: those of the comuni in the actor's scope. */
export async function listCalendarWorkers(db: Db, actor: Actor): Promise<CalendarWorker[]> {
  return withActor(db, actor, async (tx) => {
    const inScope = scopeWhere(actor, "appointment.read", {
      ambitoId: userComuni.ambitoId,
      comuneId: userComuni.comuneId,
    });
    return tx
      .selectDistinct({ id: users.id, nome: users.nome })
      .from(users)
      .innerJoin(userComuni, eq(userComuni.userId, users.id))
      .where(and(inScope, eq(users.attivo, true), eq(users.ruolo, "assistente_sociale")))
      .orderBy(asc(users.nome), asc(users.id));
  });
}

export type OpenCaseOption = { id: string; persona: string; area: string };

/** The open cartelle the actor may schedule on, for the form's select. */
export async function listSchedulableCases(db: Db, actor: Actor): Promise<OpenCaseOption[]> {
  return withActor(db, actor, async (tx) => {
    const rows = await tx
      .select({ id: cases.id, cognome: persons.cognome, nome: persons.nome, area: cases.area })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(
        and(
          scopeWhere(actor, "appointment.write", cases),
          sql`${cases.stato} <> 'chiusa'`,
          sql`exists (select 1 from equipe_cartella e where e.cartella_id = ${cases.id}
            and e.utente_id = ${actor.id} and e.al_il is null)`,
        ),
      )
      .orderBy(asc(persons.cognome), asc(persons.nome), asc(cases.id))
      .limit(200);
    return rows.map((r) => ({ id: r.id, persona: `${r.cognome} ${r.nome}`, area: r.area }));
  });
}
