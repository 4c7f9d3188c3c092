import { db } from "@/db/client";
import { listOfficialDocumentsForAdmin, uploadOfficialDocument } from "@/lib/data/portal-admin";
import { apiRoute } from "@/lib/http/api";
import { readMultipart } from "@/lib/http/upload";
import { expirePortal } from "@/lib/portal/cached";
import { maxDocumentBytes } from "@/lib/storage";

export const GET = apiRoute(async ({ actor }) => ({
  documents: await listOfficialDocumentsForAdmin(db(), actor),
}));

/** multipart/form-data: file (PDF), titolo, descrizione, dataAtto; published on the portal at once. */
export const POST = apiRoute(
  async ({ actor, req }) => {
    const form = await readMultipart(req, maxDocumentBytes());
    const file = form.get("file");
    const text = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" ? v : v === null ? undefined : null;
    };
    const doc = await uploadOfficialDocument(db(), actor, {
      titolo: text("titolo"),
      descrizione: text("descrizione"),
      dataAtto: text("dataAtto"),
      file:
        file instanceof File
          ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
          : undefined,
    });
    expirePortal(actor.ambitoId, "documents");
    return doc;
  },
  { status: 201 },
);
