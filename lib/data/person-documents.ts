import { createHash, randomUUID } from "node:crypto";
import { and, desc, eq, isNull, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { personDocuments, persons, users } from "@/db/schema";
import { allows, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { logError } from "@/lib/http/log";
import { type DocumentStore, documentStore, maxDocumentBytes } from "@/lib/storage";
import {
  cleanFileName,
  DOCUMENT_TYPES,
  detectDocumentType,
  extensionMatches,
  extensionOf,
  isPathLike,
  withExtension,
} from "@/lib/storage/file-checks";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { PersonDocumentFieldsSchema } from "@/lib/validation/person-documents";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { caseInScope } from "./cases";
import { ConflictError, FileRejectedError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

export type UploadedFile = { name: string; bytes: Uint8Array };
export type StoreOptions = { store?: DocumentStore; maxBytes?: number };

export type PersonDocument = {
  id: string;
  titolo: string;
  nomeFile: string;
  tipoMime: string;
  dimensione: number;
  caseId: string | null;
  caricatoIl: Date;
  caricatoDa: string | null;
};

const ALLOWED_TEXT = "Sono ammessi solo PDF e immagini JPEG, PNG o WebP";

async function personInScope(tx: Db, actor: Actor, personId: string, permission: Permission) {
  requirePermission(actor, permission);
  if (!isUuid(personId)) throw new NotFoundError("La persona");
  const [p] = await tx
    .select({
      id: persons.id,
      comuneId: persons.comuneId,
      anonimizzataIl: persons.anonimizzataIl,
      unitaIn: persons.unitaIn,
    })
    .from(persons)
    .where(and(eq(persons.id, personId), scopeWhere(actor, permission, persons)))
    .limit(1);
  if (!p) throw new NotFoundError("La persona");
  return p;
}

/** The checks on the bytes, before anything is stored: size, type by content, name. */
async function checkFile(file: UploadedFile | undefined, maxBytes: number) {
  if (!file || !(file.bytes instanceof Uint8Array))
    throw new ValidationError({ file: ["Scegli un file da caricare."] });
  if (file.bytes.byteLength === 0) throw new ValidationError({ file: ["Il file è vuoto."] });
  if (file.bytes.byteLength > maxBytes)
    throw new FileRejectedError(
      413,
      `Il file supera la dimensione massima di ${Math.floor(maxBytes / 1024 / 1024)} MB.`,
    );
  const type = await detectDocumentType(file.bytes);
  if (!type)
    throw new FileRejectedError(415, `${ALLOWED_TEXT}: il contenuto di questo file non lo è.`);
  const raw = typeof file.name === "string" ? file.name : "";
  if (isPathLike(raw))
    throw new ValidationError({
      file: ["Il nome del file contiene un percorso (/, \\ o ..): rinomina il file e riprova."],
    });
  const name = cleanFileName(raw);
  if (!extensionMatches(name, type))
    throw new FileRejectedError(
      415,
      `Il nome del file termina in .${extensionOf(name)} ma il contenuto è un ${DOCUMENT_TYPES[type].label}: controlla di aver scelto il file giusto.`,
    );
  return { type, nomeFile: withExtension(name, type) };
}

/**
 * Uploads a document of a person, optionally tied to one of their cartelle. Everything is
 * checked first (permission, fields, size, type by content, name); only then are the bytes
 * stored under a generated key and the row written. If anything fails after the bytes were
 * stored, they are removed: a refused upload leaves nothing behind.
 */
export async function uploadPersonDocument(
  db: Db,
  actor: Actor,
  personId: string,
  input: { titolo?: unknown; caseId?: unknown; file?: UploadedFile },
  opts: StoreOptions = {},
): Promise<{ id: string; nomeFile: string; tipoMime: string; dimensione: number }> {
  const store = opts.store ?? documentStore();
  let stored: string | null = null;
  try {
    return await withActor(db, actor, async (tx) => {
      const person = await personInScope(tx, actor, personId, "person.document.write");
      if (person.anonimizzataIl || person.unitaIn)
        throw new ConflictError("Questa scheda non accetta nuovi documenti.");
      const parsed = PersonDocumentFieldsSchema.safeParse({
        titolo: input.titolo,
        caseId: input.caseId ?? undefined,
      });
      if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
      const { titolo, caseId } = parsed.data;
      if (caseId) {
        const c = await caseInScope(tx, actor, caseId, "case.read").catch(() => null);
        if (!c || c.personId !== personId)
          throw new ValidationError({ caseId: ["La cartella non è di questa persona."] });
      }
      const { type, nomeFile } = await checkFile(input.file, opts.maxBytes ?? maxDocumentBytes());
      const bytes = input.file?.bytes as Uint8Array;
      const key = randomUUID();
      await store.put(key, bytes, type);
      stored = key;
      const [row] = await tx
        .insert(personDocuments)
        .values({
          ambitoId: actor.ambitoId,
          personId,
          caseId: caseId ?? null,
          titolo,
          nomeFile,
          tipoMime: type,
          dimensione: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          chiave: key,
          caricatoDa: actor.id,
        })
        .returning({ id: personDocuments.id });
      if (!row) throw new Error("insert returned no row");
      await audit(tx, actor, "create", "documento", row.id);
      return { id: row.id, nomeFile, tipoMime: type, dimensione: bytes.byteLength };
    });
  } catch (e) {
    const key: string | null = stored;
    if (key) await store.remove(key).catch((err) => logError("removing an orphaned document", err));
    throw e;
  }
}

/**
 * The documents of a person, newest first: all of them, or, for a cartella, those of that
 * cartella and the person's general ones. Reading the list is logged against the person.
 */
export async function listPersonDocuments(
  db: Db,
  actor: Actor,
  of: { personId: string } | { caseId: string },
): Promise<{ personId: string; documents: PersonDocument[]; canUpload: boolean }> {
  return withActor(db, actor, async (tx) => {
    let personId: string;
    let filter: SQL | undefined;
    if ("caseId" in of) {
      const c = await caseInScope(tx, actor, of.caseId, "person.document.read");
      personId = c.personId;
      filter = or(eq(personDocuments.caseId, of.caseId), isNull(personDocuments.caseId));
    } else {
      personId = of.personId;
    }
    const person = await personInScope(tx, actor, personId, "person.document.read");
    const documents = await tx
      .select({
        id: personDocuments.id,
        titolo: personDocuments.titolo,
        nomeFile: personDocuments.nomeFile,
        tipoMime: personDocuments.tipoMime,
        dimensione: personDocuments.dimensione,
        caseId: personDocuments.caseId,
        caricatoIl: personDocuments.caricatoIl,
        caricatoDa: users.nome,
      })
      .from(personDocuments)
      .leftJoin(users, eq(users.id, personDocuments.caricatoDa))
      .where(
        and(
          eq(personDocuments.ambitoId, actor.ambitoId),
          eq(personDocuments.personId, personId),
          filter,
        ),
      )
      .orderBy(desc(personDocuments.caricatoIl), desc(personDocuments.id))
      .limit(500);
    await audit(tx, actor, "view", "documenti_persona", personId);
    return {
      personId,
      documents,
      canUpload:
        !person.anonimizzataIl &&
        !person.unitaIn &&
        allows(actor, "person.document.write", {
          ambitoId: actor.ambitoId,
          comuneId: person.comuneId,
        }),
    };
  });
}

/**
 * A document's bytes for download, after the permission check on its person; every download
 * is logged. Out of scope answers 404, as if the document did not exist.
 */
export async function openPersonDocument(
  db: Db,
  actor: Actor,
  documentId: string,
  opts: StoreOptions = {},
): Promise<{ bytes: Uint8Array; nomeFile: string; tipoMime: string; sha256: string }> {
  const store = opts.store ?? documentStore();
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "person.document.read");
    if (!isUuid(documentId)) throw new NotFoundError("Il documento");
    const [doc] = await tx
      .select({
        chiave: personDocuments.chiave,
        nomeFile: personDocuments.nomeFile,
        tipoMime: personDocuments.tipoMime,
        sha256: personDocuments.sha256,
      })
      .from(personDocuments)
      .innerJoin(persons, eq(persons.id, personDocuments.personId))
      .where(
        and(
          eq(personDocuments.id, documentId),
          eq(personDocuments.ambitoId, actor.ambitoId),
          scopeWhere(actor, "person.document.read", persons),
        ),
      )
      .limit(1);
    if (!doc) throw new NotFoundError("Il documento");
    const bytes = await store.get(doc.chiave);
    await audit(tx, actor, "download", "documento", documentId);
    return { bytes, nomeFile: doc.nomeFile, tipoMime: doc.tipoMime, sha256: doc.sha256 };
  });
}
