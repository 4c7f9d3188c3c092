import { db } from "@/db/client";
import { checkEligibility } from "@/lib/data/applications";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const POST = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  checkEligibility(db(), actor, params.id, await readJson(req)),
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
