import { db } from "@/db/client";
import { mergePersons } from "@/lib/data/person-registry";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

/** Merges the record `dropId` into this one (the kept record). */
export const POST = apiRoute<{ id: string }>(async ({ actor, req, params }) => {
  const body = (await readJson(req)) as { dropId?: unknown; motivo?: unknown } | null;
  return mergePersons(db(), actor, params.id, body?.dropId, body?.motivo);
});

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
