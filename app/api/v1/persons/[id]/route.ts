import { db } from "@/db/client";
import { getPerson } from "@/lib/data/persons";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  getPerson(db(), actor, params.id),
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
