import { db } from "@/db/client";
import { getBando, updateBando } from "@/lib/data/bandi";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  getBando(db(), actor, params.id),
);

export const PATCH = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  updateBando(db(), actor, params.id, await readJson(req)),
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const POST = methodNotAllowed("GET", "PATCH");
export const PUT = methodNotAllowed("GET", "PATCH");
export const DELETE = methodNotAllowed("GET", "PATCH");
