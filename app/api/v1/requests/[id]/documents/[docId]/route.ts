import { db } from "@/db/client";
import { getRequestDocument } from "@/lib/data/request-documents";
import { printableHtmlCsp } from "@/lib/documents/decision-letter";
import { apiRoute, readQuery } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";
import { DocumentFormatQuery } from "@/lib/validation/document-template";

/** An issued decision document: the PDF as a download, or (?format=html) the printable page. */
export const GET = apiRoute<{ id: string; docId: string }>(async ({ actor, req, params }) => {
  const { format = "pdf" } = readQuery(req, DocumentFormatQuery);
  const file = await getRequestDocument(db(), actor, params.id, params.docId, format);
  const common = {
    "content-type": file.contentType,
    "cache-control": "no-store",
  };
  if (typeof file.body === "string") {
    return new Response(file.body, {
      headers: {
        ...common,
        "content-disposition": `inline; filename="${file.filename}"`,
        // The page has no scripts: nothing may load or run, only its own stylesheet applies.
        "content-security-policy": printableHtmlCsp(file.body),
      },
    });
  }
  return new Response(new Uint8Array(file.body), {
    headers: {
      ...common,
      "content-disposition": `attachment; filename="${file.filename}"`,
      // RFC 9530: the hash stored when the document was issued, so a copy can be checked.
      "repr-digest": `sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`,
    },
  });
});

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
