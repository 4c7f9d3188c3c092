import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  caseEvents,
  cases,
  comuni,
  disabilityCertifications,
  iseeAttestations,
  personDocuments,
  personLinks,
  persons,
  requests,
  transfers,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { DuplicateQuerySchema, MergeSchema } from "@/lib/validation/person-registry";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

export type DuplicateReason = "cf" | "nascita" | "comune";

export type LikelyDuplicate = {
  id: string;
  cognome: string;
  nome: string;
  dataNascita: string;
  comune: string;
  motivo: DuplicateReason;
};

/** Candidates the actor may see, and how many more exist in comuni the actor does not serve. */
export type LikelyDuplicates = { visible: LikelyDuplicate[]; hidden: number };

/**
 * Likely duplicates of a person about to be registered: the same codice fiscale, or a similar
 * name (accents and typos aside) with the same birth date or the same comune. The search spans
 * the whole ambito; of records outside the actor's comuni only their number is given.
 */
export async function findLikelyDuplicates(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<LikelyDuplicates> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "person.create");
    const parsed = DuplicateQuerySchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const q = parsed.data;
    const result = await tx.execute(
      sql`select id, motivo from zona_persone_simili(${q.codiceFiscale}, ${`${q.cognome} ${q.nome}`},
        ${q.dataNascita ?? null}::date, ${q.comuneId ?? null}::uuid)`,
    );
    const found = (result as unknown as { rows: { id: string; motivo: DuplicateReason }[] }).rows;
    if (found.length === 0) return { visible: [], hidden: 0 };
    const rows = await tx
      .select({
        id: persons.id,
        cognome: persons.cognome,
        nome: persons.nome,
        dataNascita: persons.dataNascita,
        comune: comuni.nome,
      })
      .from(persons)
      .innerJoin(comuni, eq(comuni.id, persons.comuneId))
      .where(
        and(
          scopeWhere(actor, "person.read", persons),
          inArray(
            persons.id,
            found.map((f) => f.id),
          ),
        ),
      );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const visible = found.flatMap((f) => {
      const row = byId.get(f.id);
      return row ? [{ ...row, motivo: f.motivo }] : [];
    });
    return { visible, hidden: found.length - visible.length };
  });
}

export type MergeResult = {
  keepId: string;
  moved: { richieste: number; cartelle: number; isee: number; disabilita: number };
};

/**
 * Merges the record `dropId` into `keepId` (the coordinator's act): every row that points at the
 * dropped record moves to the kept one, in one transaction; the dropped record stays, marked
 * merged, so old links still resolve. Audited on both records.
 */
export async function mergePersons(
  db: Db,
  actor: Actor,
  keepId: unknown,
  dropId: unknown,
  motivo: unknown,
): Promise<MergeResult> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "person.merge");
    const parsed = MergeSchema.safeParse({ keepId, dropId, motivo });
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const v = parsed.data;
    const both = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(
        and(
          scopeWhere(actor, "person.merge", persons),
          inArray(persons.id, [v.keepId, v.dropId]),
          isNull(persons.unitaIn),
          isNull(persons.anonimizzataIl),
        ),
      )
      .for("update");
    if (both.length !== 2) throw new NotFoundError("Una delle due schede");
    await closeClashingCases(tx, actor, v.keepId, v.dropId);
    await settleLinksAndTransfers(tx, actor, v.keepId, v.dropId);
    const moveFrom = (
      table:
        | typeof requests
        | typeof cases
        | typeof iseeAttestations
        | typeof disabilityCertifications
        | typeof personLinks
        | typeof personDocuments
        | typeof transfers,
    ) =>
      tx
        .update(table)
        .set({ personId: v.keepId } as never)
        .where(and(eq(table.ambitoId, actor.ambitoId), eq(table.personId, v.dropId)))
        .returning({ id: table.id });
    const richieste = await moveFrom(requests);
    const cartelle = await moveFrom(cases);
    const isee = await moveFrom(iseeAttestations);
    const disabilita = await moveFrom(disabilityCertifications);
    await moveFrom(personLinks);
    await moveFrom(personDocuments);
    await moveFrom(transfers);
    await tx
      .update(personLinks)
      .set({ collegataId: v.keepId })
      .where(and(eq(personLinks.ambitoId, actor.ambitoId), eq(personLinks.collegataId, v.dropId)));
    // Records merged earlier into the dropped one now lead to the kept one.
    await tx
      .update(persons)
      .set({ unitaIn: v.keepId })
      .where(and(eq(persons.ambitoId, actor.ambitoId), eq(persons.unitaIn, v.dropId)));
    await tx
      .update(persons)
      .set({ unitaIn: v.keepId, unitaIl: new Date(), unitaMotivo: v.motivo })
      .where(eq(persons.id, v.dropId));
    await audit(tx, actor, "merge", "persona", v.keepId);
    await audit(tx, actor, "merge", "persona", v.dropId);
    return {
      keepId: v.keepId,
      moved: {
        richieste: richieste.length,
        cartelle: cartelle.length,
        isee: isee.length,
        disabilita: disabilita.length,
      },
    };
  });
}

export type MergeSide = {
  id: string;
  cognome: string;
  nome: string;
  codiceFiscale: string;
  dataNascita: string;
  comune: string;
  indirizzo: string;
  creatoIl: Date;
  counts: { richieste: number; cartelle: number; isee: number; disabilita: number };
};

/**
 * The two records a coordinator is about to merge, side by side with how much hangs on each.
 * `otherId` may be absent (the other record not chosen yet). Both views are logged.
 */
export async function getMergePair(
  db: Db,
  actor: Actor,
  id: string,
  otherId?: string,
): Promise<{ self: MergeSide; other: MergeSide | null }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "person.merge");
    const side = async (personId: string): Promise<MergeSide | null> => {
      if (!isUuid(personId)) return null;
      const [p] = await tx
        .select({
          id: persons.id,
          cognome: persons.cognome,
          nome: persons.nome,
          codiceFiscale: persons.codiceFiscale,
          dataNascita: persons.dataNascita,
          comune: comuni.nome,
          indirizzo: persons.indirizzo,
          creatoIl: persons.creatoIl,
        })
        .from(persons)
        .innerJoin(comuni, eq(comuni.id, persons.comuneId))
        .where(
          and(
            eq(persons.id, personId),
            scopeWhere(actor, "person.merge", persons),
            isNull(persons.unitaIn),
            isNull(persons.anonimizzataIl),
          ),
        );
      if (!p) return null;
      const n = async (
        table:
          | typeof requests
          | typeof cases
          | typeof iseeAttestations
          | typeof disabilityCertifications,
      ) =>
        (
          await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(table)
            .where(and(eq(table.ambitoId, actor.ambitoId), eq(table.personId, personId)))
        )[0]?.n ?? 0;
      const counts = {
        richieste: await n(requests),
        cartelle: await n(cases),
        isee: await n(iseeAttestations),
        disabilita: await n(disabilityCertifications),
      };
      await audit(tx, actor, "view", "persona", personId);
      return { ...p, counts };
    };
    const self = await side(id);
    if (!self) throw new NotFoundError("La persona");
    const other = otherId && otherId !== id ? await side(otherId) : null;
    return { self, other };
  });
}

/**
 * Both records may have a cartella open in the same area: the dropped record's one is closed,
 * with its history, so that the person keeps one open cartella per area.
 */
async function closeClashingCases(tx: Db, actor: Actor, keepId: string, dropId: string) {
  const kept = await tx
    .select({ area: cases.area })
    .from(cases)
    .where(and(eq(cases.personId, keepId), ne(cases.stato, "chiusa")));
  if (!kept.length) return;
  const closed = await tx
    .update(cases)
    .set({
      stato: "chiusa",
      chiusaIl: new Date(),
      motivoChiusura: MERGE_CLOSURE,
      aggiornataIl: new Date(),
    })
    .where(
      and(
        eq(cases.personId, dropId),
        ne(cases.stato, "chiusa"),
        inArray(
          cases.area,
          kept.map((k) => k.area),
        ),
      ),
    )
    .returning({ id: cases.id });
  if (!closed.length) return;
  await tx.insert(caseEvents).values(
    closed.map((c) => ({
      ambitoId: actor.ambitoId,
      caseId: c.id,
      evento: "chiusa" as const,
      motivo: MERGE_CLOSURE,
      statoA: "chiusa" as const,
      autoreId: actor.id,
    })),
  );
}

const MERGE_CLOSURE = "Schede unite: il caso prosegue nella cartella della scheda mantenuta.";

/** Links between the two records would become a person linked to herself; only one transfer may wait. */
async function settleLinksAndTransfers(tx: Db, actor: Actor, keepId: string, dropId: string) {
  // A link between the two records would become a person linked to herself: it is ended and
  // kept as a note, detached from both.
  await tx
    .update(personLinks)
    .set({ rimossoIl: new Date(), tipo: "rete", collegataId: null, nome: "Scheda unita" })
    .where(
      and(
        eq(personLinks.ambitoId, actor.ambitoId),
        or(
          and(eq(personLinks.personId, keepId), eq(personLinks.collegataId, dropId)),
          and(eq(personLinks.personId, dropId), eq(personLinks.collegataId, keepId)),
        ),
      ),
    );
  const [keptWaiting] = await tx
    .select({ id: transfers.id })
    .from(transfers)
    .where(and(eq(transfers.personId, keepId), eq(transfers.stato, "in_attesa")))
    .limit(1);
  if (keptWaiting)
    await tx
      .update(transfers)
      .set({ stato: "annullato", decisoDa: actor.id, decisoIl: new Date() })
      .where(and(eq(transfers.personId, dropId), eq(transfers.stato, "in_attesa")));
}
