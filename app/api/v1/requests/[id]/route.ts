import { db } from "@/db/client";
import { getRequest } from "@/lib/data/requests";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  getRequest(db(), actor, params.id),
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
