import { db } from "@/db/client";
import { changeCaseStatus } from "@/lib/data/cases";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const POST = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  changeCaseStatus(db(), actor, params.id, await readJson(req)),
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
