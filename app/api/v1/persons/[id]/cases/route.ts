import { db } from "@/db/client";
import { listCasesOfPerson, openCase } from "@/lib/data/cases";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({
  rows: await listCasesOfPerson(db(), actor, params.id),
}));

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => openCase(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);
