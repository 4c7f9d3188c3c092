import { aliasedTable, and, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { diaryEntries, diaryEntryVersions, users } from "@/db/schema";
import { allows } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { DiaryKind } from "@/lib/domain/case-file";
import { DiaryEntryCreateSchema, DiaryEntryEditSchema } from "@/lib/validation/diary";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { requirePermission } from "./authorize";
import { caseInScope, isOnTeam } from "./cases";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors";
import { decodeCursor, encodeCursor } from "./paging";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

export type DiaryVersion = {
  versione: number;
  tipo: DiaryKind;
  avvenutoIl: Date;
  testo: string;
  riservato: boolean;
  autore: string | null;
  scrittaIl: Date;
};

export type DiaryEntry = {
  id: string;
  tipo: DiaryKind;
  avvenutoIl: Date;
  testo: string;
  riservato: boolean;
  versione: number;
  autore: string | null;
  creatoIl: Date;
  modificatoIl: Date | null;
  modificatoDa: string | null;
  /** The actor may edit it: its author or on the équipe, with the right to write. */
  canEdit: boolean;
  /** Earlier versions, newest first, when asked for. */
  versions?: DiaryVersion[];
};

export type DiaryPage = {
  entries: DiaryEntry[];
  next: string | null;
  canWrite: boolean;
  /** The cartella is closed: its diary is read-only for everyone. */
  closed: boolean;
};

const CLOSED = "La cartella è chiusa: il diario si può solo leggere.";

/**
 * Which entries the actor may see: all of them on the équipe, otherwise the ones not riservato
 * and their own. The database's row-level security applies the same rule underneath.
 */
function visibleTo(actor: Actor, onTeam: boolean): SQL | undefined {
  if (onTeam) return undefined;
  return or(eq(diaryEntries.riservato, false), eq(diaryEntries.autoreId, actor.id));
}

function mayWrite(actor: Actor, c: { comuneId: string; stato: string }): boolean {
  return (
    c.stato !== "chiusa" &&
    allows(actor, "case.diary.write", { ambitoId: actor.ambitoId, comuneId: c.comuneId })
  );
}

async function versionsOf(
  tx: Db,
  entryIds: string[],
  showRiservato: (entryId: string) => boolean,
): Promise<Map<string, DiaryVersion[]>> {
  const out = new Map<string, DiaryVersion[]>();
  if (!entryIds.length) return out;
  const rows = await tx
    .select({
      entryId: diaryEntryVersions.entryId,
      versione: diaryEntryVersions.versione,
      tipo: diaryEntryVersions.tipo,
      avvenutoIl: diaryEntryVersions.avvenutoIl,
      testo: diaryEntryVersions.testo,
      riservato: diaryEntryVersions.riservato,
      autore: users.nome,
      scrittaIl: diaryEntryVersions.scrittaIl,
    })
    .from(diaryEntryVersions)
    .leftJoin(users, eq(users.id, diaryEntryVersions.autoreId))
    .where(inArray(diaryEntryVersions.entryId, entryIds))
    .orderBy(desc(diaryEntryVersions.versione));
  for (const { entryId, ...v } of rows) {
    // A version written as riservato stays hidden from whoever may not see riservato entries.
    if (v.riservato && !showRiservato(entryId)) continue;
    out.set(entryId, [...(out.get(entryId) ?? []), v]);
  }
  return out;
}

/**
 * The diario sociale of a cartella, newest first, a page at a time (keyset on the date).
 * Riservato entries are left out, without a trace, for whoever is neither their author nor on
 * the équipe. Comune administrators have no access to diary text. Every read is logged.
 */
export async function listDiary(
  db: Db,
  actor: Actor,
  caseId: string,
  opts: { after?: string; limit?: number; versions?: boolean } = {},
): Promise<DiaryPage> {
  return withActor(db, actor, async (tx) => {
    const c = await caseInScope(tx, actor, caseId, "case.diary.read");
    const limit = Math.min(Math.max(Math.trunc(opts.limit ?? 20), 1), 100);
    const onTeam = await isOnTeam(tx, caseId, actor.id);
    const cursor = decodeCursor(opts.after);
    const from =
      cursor && typeof cursor[0] === "string" && typeof cursor[1] === "string" && isUuid(cursor[1])
        ? sql`(${diaryEntries.avvenutoIl}, ${diaryEntries.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
        : undefined;
    const editor = aliasedTable(users, "editor");
    const rows = await tx
      .select({
        id: diaryEntries.id,
        tipo: diaryEntries.tipo,
        avvenutoIl: diaryEntries.avvenutoIl,
        testo: diaryEntries.testo,
        riservato: diaryEntries.riservato,
        versione: diaryEntries.versione,
        autoreId: diaryEntries.autoreId,
        autore: users.nome,
        creatoIl: diaryEntries.creatoIl,
        modificatoIl: diaryEntries.modificatoIl,
        modificatoDa: editor.nome,
      })
      .from(diaryEntries)
      .leftJoin(users, eq(users.id, diaryEntries.autoreId))
      .leftJoin(editor, eq(editor.id, diaryEntries.modificatoDa))
      .where(
        and(
          eq(diaryEntries.ambitoId, actor.ambitoId),
          eq(diaryEntries.caseId, caseId),
          visibleTo(actor, onTeam),
          from,
        ),
      )
      .orderBy(desc(diaryEntries.avvenutoIl), desc(diaryEntries.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const canWrite = mayWrite(actor, c);
    const byId = new Map(page.map((r) => [r.id, r]));
    const versions = opts.versions
      ? await versionsOf(
          tx,
          page.filter((r) => r.versione > 1).map((r) => r.id),
          (id) => onTeam || byId.get(id)?.autoreId === actor.id,
        )
      : undefined;
    await audit(tx, actor, "view", "diario", caseId);
    return {
      entries: page.map(({ autoreId, ...r }) => ({
        ...r,
        canEdit: canWrite && (onTeam || autoreId === actor.id),
        ...(versions ? { versions: versions.get(r.id) ?? [] } : {}),
      })),
      next:
        rows.length > limit && last ? encodeCursor([last.avvenutoIl.toISOString(), last.id]) : null,
      canWrite,
      closed: c.stato === "chiusa",
    };
  });
}

/** Adds an entry to the diary of an open (or suspended) cartella, signed by the actor. */
export async function addDiaryEntry(
  db: Db,
  actor: Actor,
  caseId: string,
  input: unknown,
): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    const c = await caseInScope(tx, actor, caseId, "case.diary.write");
    const parsed = DiaryEntryCreateSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    if (c.stato === "chiusa") throw new ConflictError(CLOSED);
    const [row] = await tx
      .insert(diaryEntries)
      .values({ ambitoId: actor.ambitoId, caseId, autoreId: actor.id, ...parsed.data })
      .returning({ id: diaryEntries.id });
    if (!row) throw new Error("insert returned no row");
    await audit(tx, actor, "create", "voce_diario", row.id);
    return row;
  });
}

/** The entry if the actor may see it (riservato: author or équipe), with its cartella. */
async function entryInScope(
  tx: Db,
  actor: Actor,
  entryId: string,
  permission: "case.diary.read" | "case.diary.write",
) {
  requirePermission(actor, permission);
  if (!isUuid(entryId)) throw new NotFoundError("La voce del diario");
  const [entry] = await tx
    .select({
      id: diaryEntries.id,
      caseId: diaryEntries.caseId,
      tipo: diaryEntries.tipo,
      avvenutoIl: diaryEntries.avvenutoIl,
      testo: diaryEntries.testo,
      riservato: diaryEntries.riservato,
      versione: diaryEntries.versione,
      autoreId: diaryEntries.autoreId,
      creatoIl: diaryEntries.creatoIl,
      modificatoIl: diaryEntries.modificatoIl,
      modificatoDa: diaryEntries.modificatoDa,
    })
    .from(diaryEntries)
    .where(and(eq(diaryEntries.id, entryId), eq(diaryEntries.ambitoId, actor.ambitoId)))
    .limit(1);
  if (!entry) throw new NotFoundError("La voce del diario");
  const c = await caseInScope(tx, actor, entry.caseId, permission).catch((e) => {
    if (e instanceof NotFoundError) throw new NotFoundError("La voce del diario");
    throw e;
  });
  const onTeam = await isOnTeam(tx, entry.caseId, actor.id);
  const author = entry.autoreId === actor.id;
  if (entry.riservato && !onTeam && !author) throw new NotFoundError("La voce del diario");
  return { entry, case: c, onTeam, author };
}

/**
 * Edits an entry: the current text is kept as a version, then the entry is rewritten with the
 * next version number. Only its author or a member of the équipe may edit, and only against
 * the version they read: if someone saved in between, the edit is refused (409).
 */
export async function editDiaryEntry(
  db: Db,
  actor: Actor,
  entryId: string,
  input: unknown,
): Promise<{ id: string; versione: number }> {
  return withActor(db, actor, async (tx) => {
    const {
      entry,
      case: c,
      onTeam,
      author,
    } = await entryInScope(tx, actor, entryId, "case.diary.write");
    if (!onTeam && !author)
      throw new ForbiddenError(
        "Solo l'autore o l'équipe della cartella possono modificare la voce.",
      );
    const parsed = DiaryEntryEditSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    if (c.stato === "chiusa") throw new ConflictError(CLOSED);
    const { versione, ...changes } = parsed.data;
    const stale = () =>
      new ConflictError(
        "Nel frattempo qualcun altro ha modificato la voce: ricarica la pagina e riprova.",
        { versione: entry.versione },
      );
    if (versione !== entry.versione) throw stale();
    // Conditional on the version read: of two edits racing, the second updates nothing.
    const [updated] = await tx
      .update(diaryEntries)
      .set({
        ...changes,
        versione: sql`${diaryEntries.versione} + 1`,
        modificatoIl: new Date(),
        modificatoDa: actor.id,
      })
      .where(and(eq(diaryEntries.id, entryId), eq(diaryEntries.versione, versione)))
      .returning({ id: diaryEntries.id, versione: diaryEntries.versione });
    if (!updated) throw stale();
    await tx.insert(diaryEntryVersions).values({
      ambitoId: actor.ambitoId,
      entryId,
      versione: entry.versione,
      tipo: entry.tipo,
      avvenutoIl: entry.avvenutoIl,
      testo: entry.testo,
      riservato: entry.riservato,
      autoreId: entry.modificatoDa ?? entry.autoreId,
      scrittaIl: entry.modificatoIl ?? entry.creatoIl,
    });
    await audit(tx, actor, "update", "voce_diario", entryId);
    return updated;
  });
}

/** The earlier versions of an entry, newest first; the read is logged as a read of the diary. */
export async function listEntryVersions(
  db: Db,
  actor: Actor,
  entryId: string,
): Promise<DiaryVersion[]> {
  return withActor(db, actor, async (tx) => {
    const { entry, onTeam, author } = await entryInScope(tx, actor, entryId, "case.diary.read");
    const versions = await versionsOf(tx, [entryId], () => onTeam || author);
    await audit(tx, actor, "view", "diario", entry.caseId);
    return versions.get(entryId) ?? [];
  });
}
