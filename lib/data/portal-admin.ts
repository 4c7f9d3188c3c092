import { createHash, randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { officialDocuments, portalOffices } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { logError } from "@/lib/http/log";
import { type DocumentStore, documentStore, maxDocumentBytes } from "@/lib/storage";
import {
  cleanFileName,
  detectDocumentType,
  extensionMatches,
  extensionOf,
  isPathLike,
  withExtension,
} from "@/lib/storage/file-checks";
import { fieldErrorsOf } from "@/lib/validation/issues";
import {
  type OfficeHours,
  OfficeSchema,
  OfficialDocumentFieldsSchema,
} from "@/lib/validation/portal";
import { audit } from "./audit";
import { requirePermission } from "./authorize";
import { FileRejectedError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

/**
 * What the administrator (system administrator or coordinator, `portal.manage`) edits on the
 * public portal: the Ufficio di Piano's offices with their hours, and the official documents.
 * Every write is logged; the portal's cached reads are refreshed by the calling action.
 */

export type AdminOffice = {
  id: string;
  nome: string;
  indirizzo: string;
  telefono: string;
  email: string;
  note: string;
  ordine: number;
  orari: OfficeHours[];
};

export async function listOfficesForAdmin(db: Db, actor: Actor): Promise<AdminOffice[]> {
  requirePermission(actor, "portal.manage");
  return withActor(db, actor, async (tx) => {
    const rows = await tx
      .select({
        id: portalOffices.id,
        nome: portalOffices.nome,
        indirizzo: portalOffices.indirizzo,
        telefono: portalOffices.telefono,
        email: portalOffices.email,
        note: portalOffices.note,
        ordine: portalOffices.ordine,
        orari: portalOffices.orari,
      })
      .from(portalOffices)
      .where(eq(portalOffices.ambitoId, actor.ambitoId))
      .orderBy(asc(portalOffices.ordine), asc(portalOffices.nome));
    return rows.map((r) => ({ ...r, orari: r.orari as OfficeHours[] }));
  });
}

function sortedHours(orari: OfficeHours[]): OfficeHours[] {
  return [...orari].sort((a, b) => a.giorno - b.giorno || a.dalle.localeCompare(b.dalle));
}

/** Creates an office (id null) or updates one of the actor's ambito. */
export async function saveOffice(
  db: Db,
  actor: Actor,
  id: string | null,
  input: unknown,
): Promise<{ id: string }> {
  requirePermission(actor, "portal.manage");
  if (id !== null && !isUuid(id)) throw new NotFoundError("La sede");
  const parsed = OfficeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const values = { ...parsed.data, orari: sortedHours(parsed.data.orari) };
  return withActor(db, actor, async (tx) => {
    const now = new Date();
    if (id === null) {
      const [row] = await tx
        .insert(portalOffices)
        .values({ ...values, ambitoId: actor.ambitoId, aggiornatoDa: actor.id, aggiornatoIl: now })
        .returning({ id: portalOffices.id });
      if (!row) throw new Error("insert returned no row");
      await audit(tx, actor, "create", "sede_ufficio_piano", row.id);
      return row;
    }
    const [row] = await tx
      .update(portalOffices)
      .set({ ...values, aggiornatoDa: actor.id, aggiornatoIl: now })
      .where(and(eq(portalOffices.id, id), eq(portalOffices.ambitoId, actor.ambitoId)))
      .returning({ id: portalOffices.id });
    if (!row) throw new NotFoundError("La sede");
    await audit(tx, actor, "update", "sede_ufficio_piano", row.id);
    return row;
  });
}

export type AdminDocument = {
  id: string;
  titolo: string;
  descrizione: string;
  dataAtto: string | null;
  nomeFile: string;
  dimensione: number;
  caricatoIl: Date;
  ritiratoIl: Date | null;
};

/** Every official document of the ambito, withdrawn ones included, newest first. */
export async function listOfficialDocumentsForAdmin(
  db: Db,
  actor: Actor,
): Promise<AdminDocument[]> {
  requirePermission(actor, "portal.manage");
  return withActor(db, actor, (tx) =>
    tx
      .select({
        id: officialDocuments.id,
        titolo: officialDocuments.titolo,
        descrizione: officialDocuments.descrizione,
        dataAtto: officialDocuments.dataAtto,
        nomeFile: officialDocuments.nomeFile,
        dimensione: officialDocuments.dimensione,
        caricatoIl: officialDocuments.caricatoIl,
        ritiratoIl: officialDocuments.ritiratoIl,
      })
      .from(officialDocuments)
      .where(eq(officialDocuments.ambitoId, actor.ambitoId))
      .orderBy(desc(officialDocuments.caricatoIl), desc(officialDocuments.id)),
  );
}

export type UploadedFile = { name: string; bytes: Uint8Array };

/** Official documents are PDF only, recognised by their content; the name is cleaned. */
async function checkPdf(file: UploadedFile | undefined, maxBytes: number) {
  if (!file || !(file.bytes instanceof Uint8Array) || file.bytes.byteLength === 0)
    throw new ValidationError({ file: ["Scegli un file PDF da pubblicare."] });
  if (file.bytes.byteLength > maxBytes)
    throw new FileRejectedError(
      413,
      `Il file supera la dimensione massima di ${Math.floor(maxBytes / 1024 / 1024)} MB.`,
    );
  if ((await detectDocumentType(file.bytes)) !== "application/pdf")
    throw new FileRejectedError(415, "Si pubblicano solo documenti PDF: questo file non lo è.");
  const raw = typeof file.name === "string" ? file.name : "";
  if (isPathLike(raw))
    throw new ValidationError({
      file: ["Il nome del file contiene un percorso (/, \\ o ..): rinomina il file e riprova."],
    });
  const name = cleanFileName(raw);
  if (!extensionMatches(name, "application/pdf"))
    throw new FileRejectedError(
      415,
      `Il nome del file termina in .${extensionOf(name)} ma il contenuto è un PDF: controlla di aver scelto il file giusto.`,
    );
  return withExtension(name, "application/pdf");
}

/**
 * Publishes an official document: fields and file are checked first, then the bytes are
 * stored under a generated key and the row written; a failure after storing removes them.
 */
export async function uploadOfficialDocument(
  db: Db,
  actor: Actor,
  input: { titolo?: unknown; descrizione?: unknown; dataAtto?: unknown; file?: UploadedFile },
  opts: { store?: DocumentStore; maxBytes?: number } = {},
): Promise<{ id: string; nomeFile: string }> {
  requirePermission(actor, "portal.manage");
  const parsed = OfficialDocumentFieldsSchema.safeParse({
    titolo: input.titolo,
    descrizione: input.descrizione ?? "",
    dataAtto: input.dataAtto ?? "",
  });
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const nomeFile = await checkPdf(input.file, opts.maxBytes ?? maxDocumentBytes());
  const bytes = input.file?.bytes as Uint8Array;
  const store = opts.store ?? documentStore();
  const key = randomUUID();
  await store.put(key, bytes, "application/pdf");
  try {
    return await withActor(db, actor, async (tx) => {
      const [row] = await tx
        .insert(officialDocuments)
        .values({
          ambitoId: actor.ambitoId,
          ...parsed.data,
          nomeFile,
          tipoMime: "application/pdf",
          dimensione: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          chiave: key,
          caricatoDa: actor.id,
        })
        .returning({ id: officialDocuments.id });
      if (!row) throw new Error("insert returned no row");
      await audit(tx, actor, "create", "documento_ufficiale", row.id);
      return { id: row.id, nomeFile };
    });
  } catch (e) {
    await store.remove(key).catch((err) => logError("removing an orphaned document", err));
    throw e;
  }
}

/** Withdraws a published document from the portal; the record and its bytes stay. */
export async function withdrawOfficialDocument(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ id: string }> {
  requirePermission(actor, "portal.manage");
  if (!isUuid(id)) throw new NotFoundError("Il documento");
  return withActor(db, actor, async (tx) => {
    const [row] = await tx
      .update(officialDocuments)
      .set({ ritiratoIl: new Date(), ritiratoDa: actor.id })
      .where(
        and(
          eq(officialDocuments.id, id),
          eq(officialDocuments.ambitoId, actor.ambitoId),
          isNull(officialDocuments.ritiratoIl),
        ),
      )
      .returning({ id: officialDocuments.id });
    if (!row) throw new NotFoundError("Il documento");
    await audit(tx, actor, "update", "documento_ufficiale", row.id);
    return row;
  });
}
