import { db } from "@/db/client";
import { createPlan, listPlans } from "@/lib/data/plans";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  listPlans(db(), actor, params.id),
);

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => createPlan(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);
