import { db } from "@/db/client";
import { addDisabilityCertification, getPersonFacts } from "@/lib/data/person-facts";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({
  rows: (await getPersonFacts(db(), actor, params.id)).disabilities,
}));

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) =>
    addDisabilityCertification(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
