import { db } from "@/db/client";
import { publishRanking } from "@/lib/data/ranking";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) =>
  publishRanking(db(), actor, params.id),
);

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
