import { aliasedTable, and, desc, eq, gte, inArray, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  appointments,
  caseEvents,
  cases,
  caseTeam,
  comuni,
  persons,
  transfers,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import type { Area } from "@/lib/domain/areas";
import type { TransferStatus } from "@/lib/domain/case-file";
import { formatDate } from "@/lib/domain/format";
import { fieldErrorsOf } from "@/lib/validation/issues";
import {
  MoveOutSchema,
  TransferDecisionSchema,
  TransferRequestSchema,
} from "@/lib/validation/transfers";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUniqueViolation, isUuid } from "./pg-errors";
import { asDistrict, withActor } from "./scoped";

const RECENT_DAYS = 30;

/**
 * Asks another comune of the district to take a person over. Only a worker of the comune the
 * person lives in may ask, and a person has at most one transfer waiting.
 */
export async function requestTransfer(
  db: Db,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "case.transfer");
    if (!isUuid(personId)) throw new NotFoundError("La persona");
    const [person] = await tx
      .select({
        comuneId: persons.comuneId,
        anonimizzataIl: persons.anonimizzataIl,
        unitaIn: persons.unitaIn,
      })
      .from(persons)
      .where(and(eq(persons.id, personId), scopeWhere(actor, "case.transfer", persons)))
      .limit(1);
    if (!person) throw new NotFoundError("La persona");
    const parsed = TransferRequestSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    if (person.anonimizzataIl || person.unitaIn)
      throw new ConflictError("Questa scheda non può essere trasferita.");
    const { aComuneId, motivo, nuovoIndirizzo } = parsed.data;
    const [target] = await tx
      .select({ id: comuni.id })
      .from(comuni)
      .where(and(eq(comuni.id, aComuneId), eq(comuni.ambitoId, actor.ambitoId)))
      .limit(1);
    if (!target) throw new ValidationError({ aComuneId: ["Scegli un comune del distretto."] });
    if (aComuneId === person.comuneId)
      throw new ValidationError({
        aComuneId: ["La persona risiede già in questo comune: scegline un altro."],
      });
    try {
      return await tx.transaction(async (tx) => {
        const [row] = await tx
          .insert(transfers)
          .values({
            ambitoId: actor.ambitoId,
            personId,
            daComuneId: person.comuneId,
            aComuneId,
            motivo,
            nuovoIndirizzo: nuovoIndirizzo ?? null,
            richiestoDa: actor.id,
          })
          .returning({ id: transfers.id });
        if (!row) throw new Error("insert returned no row");
        await audit(tx, actor, "create", "trasferimento", row.id);
        return row;
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw new ConflictError("Per questa persona c'è già un trasferimento in attesa.");
      throw e;
    }
  });
}

export type TransferView = {
  id: string;
  stato: TransferStatus;
  personId: string;
  /** Null once the person is out of the actor's reach (accepted elsewhere, refused here). */
  person: { cognome: string; nome: string; dataNascita: string } | null;
  /** Areas of the cartelle that move with the person (waiting transfers only). */
  aree: Area[];
  daComune: string;
  aComune: string;
  motivo: string;
  nuovoIndirizzo: string | null;
  richiestoDa: string | null;
  richiestoIl: Date;
  decisoIl: Date | null;
  noteDecisione: string | null;
};

const fromComune = aliasedTable(comuni, "da_comune");
const toComune = aliasedTable(comuni, "a_comune");

/**
 * Transfers addressed to the comuni the actor serves ("in") or asked by them ("out"): those
 * waiting and those decided in the last 30 days. For an incoming transfer still waiting, the
 * person lives in a comune the actor cannot see: only name, birth date and the areas of the
 * cartelle that would move are read, district-wide, and only for transfers already found
 * addressed to the actor's comuni.
 */
export async function listTransfers(
  db: Db,
  actor: Actor,
  opts: { direction: "in" | "out" },
): Promise<TransferView[]> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "case.transfer");
    const side = opts.direction === "in" ? transfers.aComuneId : transfers.daComuneId;
    const since = new Date(Date.now() - RECENT_DAYS * 86_400_000);
    const rows = await tx
      .select({
        id: transfers.id,
        stato: transfers.stato,
        personId: transfers.personId,
        daComune: fromComune.nome,
        aComune: toComune.nome,
        aComuneId: transfers.aComuneId,
        motivo: transfers.motivo,
        nuovoIndirizzo: transfers.nuovoIndirizzo,
        richiestoDa: users.nome,
        richiestoIl: transfers.richiestoIl,
        decisoIl: transfers.decisoIl,
        noteDecisione: transfers.noteDecisione,
      })
      .from(transfers)
      .innerJoin(fromComune, eq(fromComune.id, transfers.daComuneId))
      .innerJoin(toComune, eq(toComune.id, transfers.aComuneId))
      .leftJoin(users, eq(users.id, transfers.richiestoDa))
      .where(
        and(
          scopeWhere(actor, "case.transfer", { ambitoId: transfers.ambitoId, comuneId: side }),
          or(eq(transfers.stato, "in_attesa"), gte(transfers.decisoIl, since)),
        ),
      )
      .orderBy(desc(transfers.richiestoIl), desc(transfers.id))
      .limit(100);
    if (rows.length === 0) return [];
    const ids = [...new Set(rows.map((r) => r.personId))];
    const visible = await peopleById(tx, ids);
    const waitingIn =
      opts.direction === "in"
        ? rows.filter((r) => r.stato === "in_attesa" && actor.comuneIds.includes(r.aComuneId))
        : [];
    const waitingIds = [...new Set(waitingIn.map((r) => r.personId))];
    const { arriving, areas } = waitingIds.length
      ? await asDistrict(tx, async () => ({
          arriving: await peopleById(tx, waitingIds),
          areas: await openAreas(tx, waitingIds),
        }))
      : { arriving: new Map<string, PersonBrief>(), areas: new Map<string, Area[]>() };
    for (const r of waitingIn) await audit(tx, actor, "view", "trasferimento", r.id);
    return rows.map(({ aComuneId: _, ...r }) => {
      const waiting = r.stato === "in_attesa";
      return {
        ...r,
        person: visible.get(r.personId) ?? (waiting ? arriving.get(r.personId) : null) ?? null,
        aree: waiting ? (areas.get(r.personId) ?? []) : [],
        nuovoIndirizzo: waiting ? r.nuovoIndirizzo : null,
      };
    });
  });
}

type PersonBrief = { cognome: string; nome: string; dataNascita: string };

async function peopleById(tx: Db, ids: string[]): Promise<Map<string, PersonBrief>> {
  const rows = await tx
    .select({
      id: persons.id,
      cognome: persons.cognome,
      nome: persons.nome,
      dataNascita: persons.dataNascita,
    })
    .from(persons)
    .where(inArray(persons.id, ids));
  return new Map(rows.map(({ id, ...p }) => [id, p]));
}

async function openAreas(tx: Db, ids: string[]): Promise<Map<string, Area[]>> {
  const rows = await tx
    .select({ personId: cases.personId, area: cases.area })
    .from(cases)
    .where(and(inArray(cases.personId, ids), ne(cases.stato, "chiusa")));
  const out = new Map<string, Area[]>();
  for (const r of rows) out.set(r.personId, [...(out.get(r.personId) ?? []), r.area]);
  return out;
}

/** A transfer the actor may decide on: addressed to ("a") or asked by ("da") their comuni. */
async function transferInScope(tx: Db, actor: Actor, id: string, side: "a" | "da") {
  requirePermission(actor, "case.transfer");
  if (!isUuid(id)) throw new NotFoundError("Il trasferimento");
  const comuneId = side === "a" ? transfers.aComuneId : transfers.daComuneId;
  const [row] = await tx
    .select({
      id: transfers.id,
      stato: transfers.stato,
      personId: transfers.personId,
      daComuneId: transfers.daComuneId,
      aComuneId: transfers.aComuneId,
      nuovoIndirizzo: transfers.nuovoIndirizzo,
    })
    .from(transfers)
    .where(
      and(
        eq(transfers.id, id),
        scopeWhere(actor, "case.transfer", { ambitoId: transfers.ambitoId, comuneId }),
      ),
    )
    .limit(1);
  if (!row) throw new NotFoundError("Il trasferimento");
  return row;
}

const ALREADY_DECIDED = "Il trasferimento non è più in attesa: qualcuno l'ha già deciso.";

/** Sets the decision on a waiting transfer; only one of two concurrent decisions applies. */
async function decide(
  tx: Db,
  actor: Actor,
  id: string,
  stato: Exclude<TransferStatus, "in_attesa">,
  note: string | undefined,
) {
  const [row] = await tx
    .update(transfers)
    .set({
      stato,
      decisoDa: actor.id,
      decisoIl: new Date(),
      noteDecisione: note ?? null,
      ...(stato === "accettato" ? { nuovoOperatoreId: actor.id } : {}),
    })
    .where(and(eq(transfers.id, id), eq(transfers.stato, "in_attesa")))
    .returning({ id: transfers.id });
  if (!row) throw new ConflictError(ALREADY_DECIDED);
}

function parseDecision(input: unknown) {
  const parsed = TransferDecisionSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * A worker of the destination comune takes the person over, in one transaction: the person's
 * comune (and address, if given), every cartella not closed and the future appointments of
 * those cartelle move there; the accepting worker becomes referente and the old équipe's
 * entries end. History, diary, plans and documents hang on the cartella or the person and
 * follow them; requests stay with the comune that filed them.
 */
export async function acceptTransfer(
  db: Db,
  actor: Actor,
  transferId: string,
  input: unknown = {},
): Promise<{ id: string; personId: string; cartelle: string[] }> {
  return withActor(db, actor, async (tx) => {
    const t = await transferInScope(tx, actor, transferId, "a");
    const { note } = parseDecision(input);
    if (t.stato !== "in_attesa") throw new ConflictError(ALREADY_DECIDED);
    const names = await tx
      .select({ id: comuni.id, nome: comuni.nome })
      .from(comuni)
      .where(inArray(comuni.id, [t.daComuneId, t.aComuneId]));
    const nome = (id: string) => names.find((c) => c.id === id)?.nome ?? id;
    const dettagli = `da ${nome(t.daComuneId)} a ${nome(t.aComuneId)}`;
    return tx.transaction(async (tx) => {
      await decide(tx, actor, t.id, "accettato", note);
      const now = new Date();
      // The person and the cartelle are still in the origin comune, out of the actor's row scope.
      const moved = await asDistrict(tx, async () => {
        const [person] = await tx
          .update(persons)
          .set({
            comuneId: t.aComuneId,
            ...(t.nuovoIndirizzo ? { indirizzo: t.nuovoIndirizzo } : {}),
          })
          .where(and(eq(persons.id, t.personId), eq(persons.comuneId, t.daComuneId)))
          .returning({ id: persons.id });
        if (!person)
          throw new ConflictError(
            "La persona non risiede più nel comune di partenza: il trasferimento non si può accettare.",
          );
        const rows = await tx
          .update(cases)
          .set({ comuneId: t.aComuneId, operatoreId: actor.id, aggiornataIl: now })
          .where(
            and(
              eq(cases.personId, t.personId),
              eq(cases.comuneId, t.daComuneId),
              ne(cases.stato, "chiusa"),
            ),
          )
          .returning({ id: cases.id, stato: cases.stato });
        const ids = rows.map((r) => r.id);
        if (ids.length) {
          await tx
            .update(caseTeam)
            .set({ alIl: now, referente: false })
            .where(and(inArray(caseTeam.caseId, ids), sql`${caseTeam.alIl} is null`));
          await tx
            .update(appointments)
            .set({ comuneId: t.aComuneId, operatoreId: actor.id })
            .where(
              and(
                inArray(appointments.caseId, ids),
                eq(appointments.stato, "programmato"),
                gte(appointments.inizio, now),
              ),
            );
        }
        return rows;
      });
      if (moved.length) {
        await tx.insert(caseTeam).values(
          moved.map((c) => ({
            ambitoId: actor.ambitoId,
            caseId: c.id,
            userId: actor.id,
            referente: true,
            dalIl: now,
          })),
        );
        await tx.insert(caseEvents).values(
          moved.map((c) => ({
            ambitoId: actor.ambitoId,
            caseId: c.id,
            evento: "trasferita" as const,
            statoDa: c.stato,
            statoA: c.stato,
            dettagli,
            motivo: note ?? null,
            autoreId: actor.id,
            il: now,
          })),
        );
      }
      await audit(tx, actor, "transition", "trasferimento", t.id);
      await audit(tx, actor, "update", "persona", t.personId);
      for (const c of moved) await audit(tx, actor, "update", "cartella", c.id);
      return { id: t.id, personId: t.personId, cartelle: moved.map((c) => c.id) };
    });
  });
}

/** The destination comune declines: nothing moves. */
export async function rejectTransfer(
  db: Db,
  actor: Actor,
  transferId: string,
  input: unknown = {},
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    const t = await transferInScope(tx, actor, transferId, "a");
    const { note } = parseDecision(input);
    await decide(tx, actor, t.id, "rifiutato", note);
    await audit(tx, actor, "transition", "trasferimento", t.id);
    return { id: t.id };
  });
}

/** The comune that asked withdraws the request while it is still waiting. */
export async function cancelTransfer(
  db: Db,
  actor: Actor,
  transferId: string,
  input: unknown = {},
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    const t = await transferInScope(tx, actor, transferId, "da");
    const { note } = parseDecision(input);
    await decide(tx, actor, t.id, "annullato", note);
    await audit(tx, actor, "transition", "trasferimento", t.id);
    return { id: t.id };
  });
}

/** The transfer waiting for a person, if the actor can see it. */
export async function pendingTransferOf(
  db: Db,
  actor: Actor,
  personId: string,
): Promise<{ id: string; aComune: string; richiestoIl: Date } | null> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "case.transfer");
    if (!isUuid(personId)) return null;
    const [row] = await tx
      .select({ id: transfers.id, aComune: comuni.nome, richiestoIl: transfers.richiestoIl })
      .from(transfers)
      .innerJoin(comuni, eq(comuni.id, transfers.aComuneId))
      .where(
        and(
          eq(transfers.personId, personId),
          eq(transfers.stato, "in_attesa"),
          scopeWhere(actor, "case.transfer", {
            ambitoId: transfers.ambitoId,
            comuneId: transfers.daComuneId,
          }),
        ),
      )
      .limit(1);
    return row ?? null;
  });
}

/**
 * A move out of the district: every open or suspended cartella of the person is closed with
 * the reason given, and a transfer still waiting is withdrawn.
 */
export async function moveOutOfDistrict(
  db: Db,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ closed: string[] }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "case.transfer");
    requirePermission(actor, "case.manage");
    if (!isUuid(personId)) throw new NotFoundError("La persona");
    const [person] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.id, personId), scopeWhere(actor, "case.transfer", persons)))
      .limit(1);
    if (!person) throw new NotFoundError("La persona");
    const parsed = MoveOutSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const { motivo, data } = parsed.data;
    const reason = `Trasferimento fuori distretto${data ? ` dal ${formatDate(data)}` : ""}: ${motivo}`;
    return tx.transaction(async (tx) => {
      const open = await tx
        .select({ id: cases.id, stato: cases.stato })
        .from(cases)
        .where(
          and(
            eq(cases.personId, personId),
            ne(cases.stato, "chiusa"),
            scopeWhere(actor, "case.manage", cases),
          ),
        );
      const now = new Date();
      for (const c of open) {
        const [row] = await tx
          .update(cases)
          .set({ stato: "chiusa", chiusaIl: now, motivoChiusura: reason, aggiornataIl: now })
          .where(and(eq(cases.id, c.id), eq(cases.stato, c.stato)))
          .returning({ id: cases.id });
        if (!row)
          throw new ConflictError(
            "Una cartella è stata modificata nel frattempo: ricarica la pagina e riprova.",
          );
        await tx.insert(caseEvents).values({
          ambitoId: actor.ambitoId,
          caseId: c.id,
          evento: "chiusa",
          statoDa: c.stato,
          statoA: "chiusa",
          motivo: reason,
          autoreId: actor.id,
          il: now,
        });
        await audit(tx, actor, "transition", "cartella", c.id);
      }
      const withdrawn = await tx
        .update(transfers)
        .set({
          stato: "annullato",
          decisoDa: actor.id,
          decisoIl: now,
          noteDecisione: "Trasferimento fuori distretto.",
        })
        .where(
          and(
            eq(transfers.personId, personId),
            eq(transfers.stato, "in_attesa"),
            scopeWhere(actor, "case.transfer", {
              ambitoId: transfers.ambitoId,
              comuneId: transfers.daComuneId,
            }),
          ),
        )
        .returning({ id: transfers.id });
      for (const w of withdrawn) await audit(tx, actor, "transition", "trasferimento", w.id);
      await audit(tx, actor, "update", "persona", personId);
      return { closed: open.map((c) => c.id) };
    });
  });
}
