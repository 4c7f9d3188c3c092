import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { disabilityCertifications, iseeAttestations, persons } from "@/db/schema";
import type { Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { romeDate } from "@/lib/domain/dates";
import type { DisabilityCode, IseeKind, IsoDate } from "@/lib/domain/eligibility";
import { currentIseeByKind, iseeExpiry, isIseeExpired } from "@/lib/domain/isee";
import { fieldErrorsOf } from "@/lib/validation/issues";
import {
  DisabilityCertificationCreateSchema,
  IseeAttestationCreateSchema,
  type LivingConditions,
  LivingConditionsSchema,
} from "@/lib/validation/person-facts";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { inTurn, withActor } from "./scoped";

export type IseeAttestationView = {
  id: string;
  tipo: IseeKind;
  valore: string;
  ise: string | null;
  scalaEquivalenza: string | null;
  protocolloDsu: string;
  dataPresentazione: IsoDate;
  scadenza: IsoDate;
  annoDsu: number;
  /** Past its last day of validity today (Europe/Rome). */
  expired: boolean;
  /** The attestation of its kind that counts today: the latest filed among the valid ones. */
  current: boolean;
};

export type DisabilityCertificationView = {
  id: string;
  codice: DisabilityCode;
  dataRilascio: IsoDate;
  /** Review date, if the certificate has one. */
  scadenza: IsoDate | null;
  ente: string;
  /** The review date has passed. */
  expired: boolean;
};

export type LivingConditionsView = LivingConditions & { aggiornateIl: Date | null };

export type PersonFacts = {
  personId: string;
  /** The date the flags were computed on (Europe/Rome). */
  today: IsoDate;
  isee: IseeAttestationView[];
  disabilities: DisabilityCertificationView[];
  conditions: LivingConditionsView;
};

const today = () => romeDate(new Date());

/** The person if `actor` may reach them under `permission`; 404 otherwise, as if they did not exist. */
async function personInScope(tx: Db, actor: Actor, personId: string, permission: Permission) {
  requirePermission(actor, permission);
  if (!isUuid(personId)) throw new NotFoundError("La persona");
  const [person] = await tx
    .select({
      id: persons.id,
      dataNascita: persons.dataNascita,
      anonimizzataIl: persons.anonimizzataIl,
      componentiNucleo: persons.componentiNucleo,
      viveSolo: persons.viveSolo,
      alDomicilio: persons.alDomicilio,
      aggiornateIl: persons.condizioniAggiornateIl,
    })
    .from(persons)
    .where(and(eq(persons.id, personId), scopeWhere(actor, permission, persons)))
    .limit(1);
  if (!person) throw new NotFoundError("La persona");
  return person;
}

async function writablePerson(tx: Db, actor: Actor, personId: string) {
  const person = await personInScope(tx, actor, personId, "person.facts.write");
  if (person.anonimizzataIl)
    throw new ConflictError("La scheda è stata anonimizzata: non si aggiungono altri dati.");
  return person;
}

/**
 * The facts the bandi rules read about a person: ISEE attestations (each flagged expired or
 * current as of today), disability certifications, household and living conditions. The view
 * is written to the access log.
 */
export async function getPersonFacts(db: Db, actor: Actor, personId: string): Promise<PersonFacts> {
  return withActor(db, actor, async (tx) => {
    const person = await personInScope(tx, actor, personId, "person.read");
    const [isee, certs] = await inTurn([
      tx
        .select({
          id: iseeAttestations.id,
          tipo: iseeAttestations.tipo,
          valore: iseeAttestations.valore,
          ise: iseeAttestations.ise,
          scalaEquivalenza: iseeAttestations.scalaEquivalenza,
          protocolloDsu: iseeAttestations.protocolloDsu,
          dataPresentazione: iseeAttestations.dataPresentazione,
          scadenza: iseeAttestations.scadenza,
          annoDsu: iseeAttestations.annoDsu,
        })
        .from(iseeAttestations)
        .where(
          and(
            eq(iseeAttestations.ambitoId, actor.ambitoId),
            eq(iseeAttestations.personId, personId),
          ),
        )
        .orderBy(desc(iseeAttestations.dataPresentazione), desc(iseeAttestations.scadenza)),
      tx
        .select({
          id: disabilityCertifications.id,
          codice: disabilityCertifications.codice,
          dataRilascio: disabilityCertifications.dataRilascio,
          scadenza: disabilityCertifications.scadenza,
          ente: disabilityCertifications.ente,
        })
        .from(disabilityCertifications)
        .where(
          and(
            eq(disabilityCertifications.ambitoId, actor.ambitoId),
            eq(disabilityCertifications.personId, personId),
          ),
        )
        .orderBy(
          desc(disabilityCertifications.dataRilascio),
          desc(disabilityCertifications.creatoIl),
        ),
    ]);
    const on = today();
    const current = new Set(
      currentIseeByKind(
        isee.map((a) => ({
          id: a.id,
          kind: a.tipo,
          filedOn: a.dataPresentazione,
          expiresOn: a.scadenza,
        })),
        on,
      ).values(),
    );
    // A read of its own, so the access log says what was seen: ISEE and health data.
    await audit(tx, actor, "view", "condizioni_persona", personId);
    return {
      personId,
      today: on,
      isee: isee.map((a) => ({
        ...a,
        expired: isIseeExpired(a.scadenza, on),
        current: current.has(a.id),
      })),
      disabilities: certs.map((c) => ({
        ...c,
        expired: c.scadenza !== null && c.scadenza < on,
      })),
      conditions: {
        componentiNucleo: person.componentiNucleo,
        viveSolo: person.viveSolo,
        alDomicilio: person.alDomicilio,
        aggiornateIl: person.aggiornateIl,
      },
    };
  });
}

/**
 * Records an ISEE attestation. The expiry and the DSU year are computed from the kind and the
 * filing date (DPCM 159/2013), never typed.
 */
export async function addIseeAttestation(
  db: Db,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ id: string; scadenza: IsoDate }> {
  return withActor(db, actor, async (tx) => {
    const person = await writablePerson(tx, actor, personId);
    const parsed = IseeAttestationCreateSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const data = parsed.data;
    if (data.dataPresentazione < person.dataNascita)
      throw new ValidationError({
        dataPresentazione: ["La DSU non può essere stata presentata prima della nascita."],
      });
    const [duplicate] = await tx
      .select({ id: iseeAttestations.id })
      .from(iseeAttestations)
      .where(
        and(
          eq(iseeAttestations.ambitoId, actor.ambitoId),
          eq(iseeAttestations.personId, personId),
          eq(iseeAttestations.protocolloDsu, data.protocolloDsu),
          eq(iseeAttestations.tipo, data.tipo),
        ),
      )
      .limit(1);
    if (duplicate)
      throw new ValidationError({
        protocolloDsu: ["Un'attestazione di questo tipo con questo protocollo è già registrata."],
      });
    const scadenza = iseeExpiry(data.tipo, data.dataPresentazione);
    const [row] = await tx
      .insert(iseeAttestations)
      .values({
        ambitoId: actor.ambitoId,
        personId,
        tipo: data.tipo,
        valore: data.valore,
        ise: data.ise ?? null,
        scalaEquivalenza: data.scalaEquivalenza ?? null,
        protocolloDsu: data.protocolloDsu,
        dataPresentazione: data.dataPresentazione,
        scadenza,
        annoDsu: Number(data.dataPresentazione.slice(0, 4)),
      })
      .returning({ id: iseeAttestations.id });
    if (!row) throw new Error("insert returned no row");
    await audit(tx, actor, "update", "persona", personId);
    await audit(tx, actor, "create", "attestazione_isee", row.id);
    return { id: row.id, scadenza };
  });
}

export async function addDisabilityCertification(
  db: Db,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    const person = await writablePerson(tx, actor, personId);
    const parsed = DisabilityCertificationCreateSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const data = parsed.data;
    if (data.dataRilascio < person.dataNascita)
      throw new ValidationError({
        dataRilascio: ["La certificazione non può precedere la nascita."],
      });
    const [row] = await tx
      .insert(disabilityCertifications)
      .values({
        ambitoId: actor.ambitoId,
        personId,
        codice: data.codice,
        dataRilascio: data.dataRilascio,
        scadenza: data.scadenza ?? null,
        ente: data.ente,
        creatoDa: actor.id,
      })
      .returning({ id: disabilityCertifications.id });
    if (!row) throw new Error("insert returned no row");
    await audit(tx, actor, "update", "persona", personId);
    await audit(tx, actor, "create", "certificazione_disabilita", row.id);
    return row;
  });
}

/** Removes a certification entered by mistake; the removal is in the access log. */
export async function removeDisabilityCertification(
  db: Db,
  actor: Actor,
  personId: string,
  certId: string,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    await writablePerson(tx, actor, personId);
    if (!isUuid(certId)) throw new NotFoundError("La certificazione");
    const [row] = await tx
      .delete(disabilityCertifications)
      .where(
        and(
          eq(disabilityCertifications.id, certId),
          eq(disabilityCertifications.ambitoId, actor.ambitoId),
          eq(disabilityCertifications.personId, personId),
        ),
      )
      .returning({ id: disabilityCertifications.id });
    if (!row) throw new NotFoundError("La certificazione");
    // The log has no "delete": the person's record was changed, and this certification with it.
    await audit(tx, actor, "update", "persona", personId);
    await audit(tx, actor, "update", "certificazione_disabilita", row.id);
    return row;
  });
}

/** Sets household size, living alone and living at home as a whole (null = not known). */
export async function updateLivingConditions(
  db: Db,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<LivingConditionsView> {
  return withActor(db, actor, async (tx) => {
    await writablePerson(tx, actor, personId);
    const parsed = LivingConditionsSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const [row] = await tx
      .update(persons)
      .set({ ...parsed.data, condizioniAggiornateIl: new Date() })
      .where(and(eq(persons.id, personId), scopeWhere(actor, "person.facts.write", persons)))
      .returning({
        componentiNucleo: persons.componentiNucleo,
        viveSolo: persons.viveSolo,
        alDomicilio: persons.alDomicilio,
        aggiornateIl: persons.condizioniAggiornateIl,
      });
    if (!row) throw new NotFoundError("La persona");
    await audit(tx, actor, "update", "persona", personId);
    return row;
  });
}
