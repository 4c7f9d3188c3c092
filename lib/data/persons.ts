import { and, asc, desc, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { comuni, iseeAttestations, persons } from "@/db/schema";
import { allows } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { looksLikeCodiceFiscale, parseCodiceFiscale } from "@/lib/domain/codice-fiscale";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { type PersonCreate, PersonCreateSchema } from "@/lib/validation/person";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { birthplaceLabel } from "./birthplaces";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { decodeCursor, keysetOrder, keysetWhere, type Page, type SortKey, toPage } from "./paging";
import { isUniqueViolation, isUuid } from "./pg-errors";
import { inTurn, withActor } from "./scoped";

export type PersonListQuery = {
  comuneId?: string;
  sort?: "cognome" | "creato";
  desc?: boolean;
  after?: string;
  before?: string;
  limit?: number;
};

export type PersonRow = {
  id: string;
  cognome: string;
  nome: string;
  dataNascita: string;
  comune: string;
  creatoIl: Date;
};

function personSortKey(q: PersonListQuery): SortKey {
  const asc_ = !q.desc;
  if (q.sort === "creato") return { cols: [persons.creatoIl, persons.id], asc: asc_ };
  return { cols: [persons.cognome, persons.nome, persons.id], asc: asc_ };
}

export async function listPersons(
  db: Db,
  actor: Actor,
  q: PersonListQuery,
): Promise<Page<PersonRow>> {
  return withActor(db, actor, async (tx) => {
    const limit = Math.min(Math.max(q.limit ?? 25, 1), 100);
    const filters: SQL[] = [scopeWhere(actor, "person.read", persons), isNull(persons.unitaIn)];
    if (q.comuneId && isUuid(q.comuneId)) filters.push(eq(persons.comuneId, q.comuneId));
    const key = personSortKey(q);
    const dir = q.before ? "before" : "after";
    const cursor = decodeCursor(q.before ?? q.after);
    const keyOf = (r: PersonRow) =>
      q.sort === "creato" ? [r.creatoIl.toISOString(), r.id] : [r.cognome, r.nome, r.id];
    const where = cursor ? and(...filters, keysetWhere(key, cursor, dir)) : and(...filters);
    const [rows, [count]] = await inTurn([
      tx
        .select({
          id: persons.id,
          cognome: persons.cognome,
          nome: persons.nome,
          dataNascita: persons.dataNascita,
          comune: comuni.nome,
          creatoIl: persons.creatoIl,
        })
        .from(persons)
        .innerJoin(comuni, eq(comuni.id, persons.comuneId))
        .where(where)
        .orderBy(...keysetOrder(key, dir))
        .limit(limit + 1),
      tx
        .select({ n: sql<number>`count(*)::int` })
        .from(persons)
        .where(and(...filters)),
    ]);
    return toPage(rows, limit, dir, cursor !== null, count?.n ?? 0, keyOf);
  });
}

export type PersonDetail = Awaited<ReturnType<typeof getPerson>>;

/** A person's record; every view is written to the access log. */
export async function getPerson(db: Db, actor: Actor, id: string) {
  return withActor(db, actor, async (tx) => {
    if (!isUuid(id)) throw new NotFoundError("La persona");
    const [person] = await tx
      .select({
        id: persons.id,
        comuneId: persons.comuneId,
        comune: comuni.nome,
        codiceFiscale: persons.codiceFiscale,
        cognome: persons.cognome,
        nome: persons.nome,
        sesso: persons.sesso,
        dataNascita: persons.dataNascita,
        luogoNascita: persons.luogoNascita,
        cittadinanza: persons.cittadinanza,
        indirizzo: persons.indirizzo,
        telefono: persons.telefono,
        email: persons.email,
        creatoIl: persons.creatoIl,
        unitaIn: persons.unitaIn,
      })
      .from(persons)
      .innerJoin(comuni, eq(comuni.id, persons.comuneId))
      .where(and(eq(persons.id, id), scopeWhere(actor, "person.read", persons)))
      .limit(1);
    if (!person) throw new NotFoundError("La persona");
    const isee = await tx
      .select({
        id: iseeAttestations.id,
        tipo: iseeAttestations.tipo,
        valore: iseeAttestations.valore,
        protocolloDsu: iseeAttestations.protocolloDsu,
        dataPresentazione: iseeAttestations.dataPresentazione,
        scadenza: iseeAttestations.scadenza,
      })
      .from(iseeAttestations)
      .where(and(eq(iseeAttestations.ambitoId, actor.ambitoId), eq(iseeAttestations.personId, id)))
      .orderBy(asc(iseeAttestations.scadenza));
    await audit(tx, actor, "view", "persona", id);
    return { ...person, luogoNascitaLabel: birthplaceLabel(person.luogoNascita), isee };
  });
}

export type PersonCreated = { id: string };

/**
 * Registers a person in a comune the actor serves. A codice fiscale already in the
 * district is refused; the existing record's id is given only if the actor may see it.
 */
export async function createPerson(db: Db, actor: Actor, input: unknown): Promise<PersonCreated> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "person.create");
    const parsed = PersonCreateSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const data: PersonCreate = parsed.data;
    if (!allows(actor, "person.create", { ambitoId: actor.ambitoId, comuneId: data.comuneId })) {
      throw new ValidationError({
        comuneId: ["Puoi registrare persone solo nei comuni che segui."],
      });
    }
    const cf = parseCodiceFiscale(data.codiceFiscale);
    if (!cf.ok) throw new ValidationError({ codiceFiscale: [cf.error] });

    try {
      // A savepoint: after a unique violation inside it, the lookup below can still run.
      return await tx.transaction(async (tx) => {
        const existing = await findByCodiceFiscale(tx, data.codiceFiscale);
        if (existing) throw duplicate(actor, existing);
        const [row] = await tx
          .insert(persons)
          .values({
            ambitoId: actor.ambitoId,
            comuneId: data.comuneId,
            codiceFiscale: data.codiceFiscale,
            cognome: data.cognome,
            nome: data.nome,
            sesso: data.sesso,
            dataNascita: data.dataNascita,
            luogoNascita: cf.birthplace,
            cittadinanza: data.cittadinanza,
            indirizzo: data.indirizzo,
            telefono: data.telefono ?? null,
            email: data.email ?? null,
            creatoDa: actor.id,
          })
          .returning({ id: persons.id });
        if (!row) throw new Error("insert returned no row");
        await audit(tx, actor, "create", "persona", row.id);
        return row;
      });
    } catch (e) {
      if (isUniqueViolation(e)) {
        const existing = await findByCodiceFiscale(tx, data.codiceFiscale);
        if (existing) throw duplicate(actor, existing);
      }
      throw e;
    }
  });
}

/** Whether the codice fiscale exists anywhere in the actor's ambito, even where the actor cannot see. */
async function findByCodiceFiscale(tx: Db, codiceFiscale: string) {
  const result = await tx.execute(
    sql`select id, comune_id from zona_persona_per_cf(${codiceFiscale})`,
  );
  const row = (result as unknown as { rows: { id: string; comune_id: string }[] }).rows[0];
  return row ? { id: row.id, comuneId: row.comune_id } : null;
}

function duplicate(actor: Actor, existing: { id: string; comuneId: string }): ConflictError {
  const visible = allows(actor, "person.read", {
    ambitoId: actor.ambitoId,
    comuneId: existing.comuneId,
  });
  return new ConflictError(
    visible
      ? "Questa persona è già registrata: apri la sua scheda invece di crearne una nuova."
      : "Questo codice fiscale è già registrato nel distretto, in un comune che non segui. Rivolgiti all'Ufficio di Piano.",
    visible ? { existingId: existing.id, field: "codiceFiscale" } : { field: "codiceFiscale" },
  );
}

export type PersonSearchResult = {
  id: string;
  cognome: string;
  nome: string;
  dataNascita: string;
  comune: string;
};

const normName = sql`zona_norm(${persons.cognome} || ' ' || ${persons.nome})`;

/** A birth date typed as dd/mm/yyyy or yyyy-mm-dd, as an ISO date; null if it is not one. */
export function parseBirthDateQuery(q: string): string | null {
  const it = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(q);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(q);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : it
      ? [it[3], it[2]?.padStart(2, "0"), it[1]?.padStart(2, "0")]
      : [];
  if (!y || !m || !d) return null;
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${m}-${d}`) {
    return null;
  }
  return `${y}-${m}-${d}`;
}

/**
 * Search by codice fiscale (exact), by birth date (dd/mm/yyyy or yyyy-mm-dd) or by name: fuzzy
 * and accent-insensitive (pg_trgm word similarity on zona_norm of "cognome nome"), best first.
 * Merged records are left out. The text travels in a POST body, never in a URL.
 */
export async function searchPersons(
  db: Db,
  actor: Actor,
  text: string,
): Promise<PersonSearchResult[]> {
  return withActor(db, actor, async (tx) => {
    const q = text.trim().slice(0, 100);
    if (q.length < 2) return [];
    const scope = and(scopeWhere(actor, "person.read", persons), isNull(persons.unitaIn));
    const cols = {
      id: persons.id,
      cognome: persons.cognome,
      nome: persons.nome,
      dataNascita: persons.dataNascita,
      comune: comuni.nome,
    };
    const birth = parseBirthDateQuery(q);
    if (birth) {
      return tx
        .select(cols)
        .from(persons)
        .innerJoin(comuni, eq(comuni.id, persons.comuneId))
        .where(and(scope, eq(persons.dataNascita, birth)))
        .orderBy(asc(persons.cognome), asc(persons.nome), asc(persons.id))
        .limit(20);
    }
    const upper = q.toUpperCase().replace(/\s+/g, "");
    // A codice fiscale is looked up in the (ambito, codice fiscale) index: mixed with the name
    // matching below, every person of the worker's comuni is normalised and compared (50 ms at
    // region scale, against 1).
    if (looksLikeCodiceFiscale(upper))
      return tx
        .select(cols)
        .from(persons)
        .innerJoin(comuni, eq(comuni.id, persons.comuneId))
        .where(and(scope, eq(persons.codiceFiscale, upper)))
        .limit(20);
    const words = q.split(/\s+/).filter(Boolean).slice(0, 3);
    const escapeLike = (w: string) => w.replace(/[\\%_]/g, (c) => `\\${c}`);
    // Every word a prefix of the surname or the name, accents and case aside.
    const byPrefix = and(
      ...words.map((w) => {
        const pattern = sql`zona_norm(${escapeLike(w)}) || '%'`;
        return or(
          sql`zona_norm(${persons.cognome}) like ${pattern}`,
          sql`zona_norm(${persons.nome}) like ${pattern}`,
        );
      }),
    );
    const query = words.join(" ");
    const fuzzy = sql`zona_norm(${query}) <% ${normName}`;
    const score = sql<number>`word_similarity(zona_norm(${query}), ${normName})`;
    const exactCf = eq(persons.codiceFiscale, upper);
    return tx
      .select(cols)
      .from(persons)
      .innerJoin(comuni, eq(comuni.id, persons.comuneId))
      .where(and(scope, or(exactCf, byPrefix, fuzzy)))
      .orderBy(desc(exactCf), desc(score), asc(persons.cognome), asc(persons.nome), asc(persons.id))
      .limit(20);
  });
}
