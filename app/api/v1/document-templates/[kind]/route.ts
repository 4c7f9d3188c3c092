import { db } from "@/db/client";
import { getDocumentTemplate, updateDocumentTemplate } from "@/lib/data/document-templates";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ kind: string }>(({ actor, params }) =>
  getDocumentTemplate(db(), actor, params.kind),
);

export const PUT = apiRoute<{ kind: string }>(async ({ actor, req, params }) =>
  updateDocumentTemplate(db(), actor, params.kind, await readJson(req)),
);
