import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseEvents, cases, caseTeam, comuni, persons, users } from "@/db/schema";
import { allows, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Area } from "@/lib/domain/areas";
import type { CaseStatus } from "@/lib/domain/case-file";
import { CaseOpenSchema } from "@/lib/validation/case-file";
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
