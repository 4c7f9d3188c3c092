import { aliasedTable, and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { personLinks, persons } from "@/db/schema";
import type { Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { LinkKind, Relation } from "@/lib/domain/case-file";
import { romeDate } from "@/lib/domain/dates";
import { ageInYears } from "@/lib/domain/eligibility";
import { householdSize } from "@/lib/domain/household";
import { HouseholdMemberSchema, NetworkContactSchema } from "@/lib/validation/household";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

/** The database allows at most 30 components (persone_nucleo): the person and 29 others. */
const MAX_MEMBERS = 29;

export type LinkedPerson = {
  id: string;
  cognome: string;
  nome: string;
  dataNascita: string;
  eta: number;
};

export type PersonLinkView = {
  id: string;
  tipo: LinkKind;
  relazione: Relation;
  /** Null when not a registered person, or one of a comune the actor does not serve. */
  persona: LinkedPerson | null;
  registrata: boolean;
  nome: string | null;
  contatto: string | null;
  note: string | null;
  daAnagrafe: boolean;
};

export type PersonLinks = {
  nucleo: PersonLinkView[];
  rete: PersonLinkView[];
  /** The person and the active members of the nucleo: what the bandi rules read. */
  componentiNucleo: number;
};

async function personInScope(tx: Db, actor: Actor, personId: string, permission: Permission) {
  requirePermission(actor, permission);
  if (!isUuid(personId)) throw new NotFoundError("La persona");
  const [person] = await tx
    .select({ id: persons.id, anonimizzataIl: persons.anonimizzataIl, unitaIn: persons.unitaIn })
    .from(persons)
    .where(and(eq(persons.id, personId), scopeWhere(actor, permission, persons)))
    .limit(1);
  if (!person) throw new NotFoundError("La persona");
  return person;
}

async function writablePerson(tx: Db, actor: Actor, personId: string) {
  const person = await personInScope(tx, actor, personId, "person.facts.write");
  if (person.anonimizzataIl || person.unitaIn)
    throw new ConflictError("Questa scheda non accetta altri dati.");
  return person;
}

/** A registered person the actor can see, to link to; a field error otherwise. */
async function linkablePerson(tx: Db, actor: Actor, personId: string, collegataId: string) {
  if (collegataId === personId)
    throw new ValidationError({ collegataId: ["Una persona non è legata a sé stessa."] });
  const [row] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(persons.id, collegataId),
        isNull(persons.unitaIn),
        isNull(persons.anonimizzataIl),
        scopeWhere(actor, "person.read", persons),
      ),
    )
    .limit(1);
  if (!row)
    throw new ValidationError({ collegataId: ["Persona non trovata tra quelle visibili."] });
}

async function activeMembers(tx: Db, actor: Actor, personId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(personLinks)
    .where(
      and(
        eq(personLinks.ambitoId, actor.ambitoId),
        eq(personLinks.personId, personId),
        eq(personLinks.tipo, "nucleo"),
        isNull(personLinks.rimossoIl),
      ),
    );
  return Number(row?.n ?? 0);
}

/** The nucleo feeds the rules: household size and living alone follow its members. */
async function syncHousehold(tx: Db, actor: Actor, personId: string): Promise<number> {
  const members = await activeMembers(tx, actor, personId);
  await tx
    .update(persons)
    .set({
      componentiNucleo: householdSize(members),
      viveSolo: members === 0,
      condizioniAggiornateIl: new Date(),
    })
    .where(and(eq(persons.id, personId), scopeWhere(actor, "person.facts.write", persons)));
  return members;
}

/** A person's nucleo familiare and social network; the view is written to the access log. */
export async function listPersonLinks(
  db: Db,
  actor: Actor,
  personId: string,
): Promise<PersonLinks> {
  return withActor(db, actor, async (tx) => {
    await personInScope(tx, actor, personId, "person.read");
    const other = aliasedTable(persons, "collegata");
    const rows = await tx
      .select({
        id: personLinks.id,
        tipo: personLinks.tipo,
        relazione: personLinks.relazione,
        collegataId: personLinks.collegataId,
        personaId: other.id,
        cognome: other.cognome,
        nome: other.nome,
        dataNascita: other.dataNascita,
        nomeLibero: personLinks.nome,
        contatto: personLinks.contatto,
        note: personLinks.note,
        daAnagrafe: personLinks.daAnagrafe,
      })
      .from(personLinks)
      .leftJoin(
        other,
        and(eq(other.id, personLinks.collegataId), scopeWhere(actor, "person.read", other)),
      )
      .where(
        and(
          eq(personLinks.ambitoId, actor.ambitoId),
          eq(personLinks.personId, personId),
          isNull(personLinks.rimossoIl),
        ),
      )
      .orderBy(asc(personLinks.tipo), asc(personLinks.creatoIl), asc(personLinks.id));
    const today = romeDate(new Date());
    const views: PersonLinkView[] = rows.map((r) => ({
      id: r.id,
      tipo: r.tipo,
      relazione: r.relazione,
      persona:
        r.personaId && r.cognome && r.nome && r.dataNascita
          ? {
              id: r.personaId,
              cognome: r.cognome,
              nome: r.nome,
              dataNascita: r.dataNascita,
              eta: ageInYears(r.dataNascita, today),
            }
          : null,
      registrata: r.collegataId !== null,
      nome: r.nomeLibero,
      contatto: r.contatto,
      note: r.note,
      daAnagrafe: r.daAnagrafe !== null,
    }));
    await audit(tx, actor, "view", "legami_persona", personId);
    const nucleo = views.filter((v) => v.tipo === "nucleo");
    return {
      nucleo,
      rete: views.filter((v) => v.tipo === "rete"),
      componentiNucleo: householdSize(nucleo.length),
    };
  });
}

/**
 * Adds a registered person to the nucleo familiare, then sets household size and living
 * alone from the nucleo.
 */
export async function addHouseholdMember(
  db: Db,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ id: string; componentiNucleo: number }> {
  return withActor(db, actor, async (tx) => {
    await writablePerson(tx, actor, personId);
    const parsed = HouseholdMemberSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const { collegataId, relazione } = parsed.data;
    await linkablePerson(tx, actor, personId, collegataId);
    const [already] = await tx
      .select({ id: personLinks.id })
      .from(personLinks)
      .where(
        and(
          eq(personLinks.ambitoId, actor.ambitoId),
          eq(personLinks.personId, personId),
          eq(personLinks.collegataId, collegataId),
          eq(personLinks.tipo, "nucleo"),
          isNull(personLinks.rimossoIl),
        ),
      )
      .limit(1);
    if (already)
      throw new ValidationError({ collegataId: ["La persona fa già parte del nucleo."] });
    if ((await activeMembers(tx, actor, personId)) >= MAX_MEMBERS)
      throw new ValidationError({ collegataId: ["Il nucleo ha già 30 componenti."] });
    const [row] = await tx
      .insert(personLinks)
      .values({
        ambitoId: actor.ambitoId,
        personId,
        tipo: "nucleo",
        relazione,
        collegataId,
        creatoDa: actor.id,
      })
      .returning({ id: personLinks.id });
    if (!row) throw new Error("insert returned no row");
    const members = await syncHousehold(tx, actor, personId);
    await audit(tx, actor, "create", "legame", row.id);
    await audit(tx, actor, "update", "persona", personId);
    return { id: row.id, componentiNucleo: householdSize(members) };
  });
}

/** Adds someone of the social network: a relative, a caregiver, a service, by name or registered. */
export async function addNetworkContact(
  db: Db,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    await writablePerson(tx, actor, personId);
    const parsed = NetworkContactSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const v = parsed.data;
    if (v.collegataId) await linkablePerson(tx, actor, personId, v.collegataId);
    const [row] = await tx
      .insert(personLinks)
      .values({
        ambitoId: actor.ambitoId,
        personId,
        tipo: "rete",
        relazione: v.relazione,
        collegataId: v.collegataId ?? null,
        nome: v.nome ?? null,
        contatto: v.contatto ?? null,
        note: v.note ?? null,
        creatoDa: actor.id,
      })
      .returning({ id: personLinks.id });
    if (!row) throw new Error("insert returned no row");
    await audit(tx, actor, "create", "legame", row.id);
    return row;
  });
}

/** Ends a link (it stays in the database, dated); a nucleo member's removal updates the household. */
export async function removePersonLink(
  db: Db,
  actor: Actor,
  personId: string,
  linkId: string,
): Promise<{ id: string; componentiNucleo: number | null }> {
  return withActor(db, actor, async (tx) => {
    await writablePerson(tx, actor, personId);
    if (!isUuid(linkId)) throw new NotFoundError("Il legame");
    const [row] = await tx
      .update(personLinks)
      .set({ rimossoIl: new Date() })
      .where(
        and(
          eq(personLinks.id, linkId),
          eq(personLinks.ambitoId, actor.ambitoId),
          eq(personLinks.personId, personId),
          isNull(personLinks.rimossoIl),
        ),
      )
      .returning({ id: personLinks.id, tipo: personLinks.tipo });
    if (!row) throw new NotFoundError("Il legame");
    let componentiNucleo: number | null = null;
    if (row.tipo === "nucleo") {
      componentiNucleo = householdSize(await syncHousehold(tx, actor, personId));
      await audit(tx, actor, "update", "persona", personId);
    }
    await audit(tx, actor, "update", "legame", row.id);
    return { id: row.id, componentiNucleo };
  });
}

/** The API's single entry for a new link: `tipo` says nucleo (a member) or rete (a contact). */
export async function addPersonLink(
  db: Db,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ id: string }> {
  const { tipo, ...rest } = (input ?? {}) as { tipo?: unknown };
  if (tipo === "nucleo") return addHouseholdMember(db, actor, personId, rest);
  if (tipo === "rete") return addNetworkContact(db, actor, personId, rest);
  // Permission and scope come before telling the caller what is wrong with the body.
  await withActor(db, actor, (tx) => writablePerson(tx, actor, personId));
  throw new ValidationError({ tipo: ["Indica se è un componente del nucleo o della rete."] });
}
