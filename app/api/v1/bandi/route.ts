import { db } from "@/db/client";
import { createBando, listBandi } from "@/lib/data/bandi";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const GET = apiRoute(async ({ actor }) => ({ rows: await listBandi(db(), actor) }));

export const POST = apiRoute(
  async ({ actor, req }) => createBando(db(), actor, await readJson(req)),
  {
    status: 201,
  },
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
