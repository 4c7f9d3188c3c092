import { db } from "@/db/client";
import { openPersonDocument } from "@/lib/data/person-documents";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";
import { attachmentDisposition } from "@/lib/storage/file-checks";

/** A person's document, always as an attachment: never rendered by the browser on our origin. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const file = await openPersonDocument(db(), actor, params.id);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.tipoMime,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": attachmentDisposition(file.nomeFile),
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; sandbox",
      "repr-digest": `sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`,
    },
  });
});

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
