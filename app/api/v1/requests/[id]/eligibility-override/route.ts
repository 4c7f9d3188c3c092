import { db } from "@/db/client";
import { overrideEligibility } from "@/lib/data/applications";
import { apiRoute, readJson } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  overrideEligibility(db(), actor, params.id, await readJson(req)),
);
