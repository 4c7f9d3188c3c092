import { db } from "@/db/client";
import { importBatch } from "@/lib/data/registry-import";
import { apiRoute, readJson } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  importBatch(db(), actor, params.id, await readJson(req)),
);
