import { db } from "@/db/client";
import { transitionRequest } from "@/lib/data/requests";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const POST = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  transitionRequest(db(), actor, params.id, await readJson(req)),
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
