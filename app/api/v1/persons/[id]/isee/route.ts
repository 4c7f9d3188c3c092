import { db } from "@/db/client";
import { addIseeAttestation, getPersonFacts } from "@/lib/data/person-facts";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({
  rows: (await getPersonFacts(db(), actor, params.id)).isee,
}));

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => addIseeAttestation(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);
