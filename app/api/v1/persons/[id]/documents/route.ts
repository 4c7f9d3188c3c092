import { db } from "@/db/client";
import { NotFoundError } from "@/lib/data/errors";
import { listPersonDocuments, uploadPersonDocument } from "@/lib/data/person-documents";
import { apiRoute, readQuery } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";
import { readMultipart } from "@/lib/http/upload";
import { maxDocumentBytes } from "@/lib/storage";
import { PersonDocumentListQuery } from "@/lib/validation/person-documents";

export const GET = apiRoute<{ id: string }>(async ({ actor, req, params }) => {
  const { caseId } = readQuery(req, PersonDocumentListQuery);
  const list = await listPersonDocuments(
    db(),
    actor,
    caseId ? { caseId } : { personId: params.id },
  );
  if (list.personId !== params.id) throw new NotFoundError("La cartella");
  return list;
});

/** multipart/form-data: file, titolo, caseId (optional). The type is read from the content. */
export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => {
    const form = await readMultipart(req, maxDocumentBytes());
    const file = form.get("file");
    const text = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" ? v : v === null ? undefined : null;
    };
    return uploadPersonDocument(db(), actor, params.id, {
      titolo: text("titolo"),
      caseId: text("caseId") || undefined,
      file:
        file instanceof File
          ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
          : undefined,
    });
  },
  { status: 201 },
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
