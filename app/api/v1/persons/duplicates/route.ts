import { db } from "@/db/client";
import { findLikelyDuplicates } from "@/lib/data/person-registry";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

/** POST, so that names and codici fiscali never appear in a URL or an access log. */
export const POST = apiRoute(async ({ actor, req }) =>
  findLikelyDuplicates(db(), actor, await readJson(req)),
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
