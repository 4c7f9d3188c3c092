import { db } from "@/db/client";
import { updateLivingConditions } from "@/lib/data/person-facts";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const PUT = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  updateLivingConditions(db(), actor, params.id, await readJson(req)),
);

export const GET = methodNotAllowed("PUT");
export const POST = methodNotAllowed("PUT");
export const PATCH = methodNotAllowed("PUT");
export const DELETE = methodNotAllowed("PUT");
