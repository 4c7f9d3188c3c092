import { db } from "@/db/client";
import { importBatch } from "@/lib/data/registry-import";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const POST = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  importBatch(db(), actor, params.id, await readJson(req)),
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
