import { db } from "@/db/client";
import { addPersonLink, listPersonLinks } from "@/lib/data/household";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  listPersonLinks(db(), actor, params.id),
);

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => addPersonLink(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
