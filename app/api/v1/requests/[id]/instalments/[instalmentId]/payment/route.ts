import { db } from "@/db/client";
import { recordPayment } from "@/lib/data/delivery";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const POST = apiRoute<{ id: string; instalmentId: string }>(async ({ actor, req, params }) =>
  recordPayment(db(), actor, params.id, params.instalmentId, await readJson(req)),
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
