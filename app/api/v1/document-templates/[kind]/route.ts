import { db } from "@/db/client";
import { getDocumentTemplate, updateDocumentTemplate } from "@/lib/data/document-templates";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const GET = apiRoute<{ kind: string }>(({ actor, params }) =>
  getDocumentTemplate(db(), actor, params.kind),
);

export const PUT = apiRoute<{ kind: string }>(async ({ actor, req, params }) =>
  updateDocumentTemplate(db(), actor, params.kind, await readJson(req)),
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const POST = methodNotAllowed("GET", "PUT");
export const PATCH = methodNotAllowed("GET", "PUT");
export const DELETE = methodNotAllowed("GET", "PUT");
