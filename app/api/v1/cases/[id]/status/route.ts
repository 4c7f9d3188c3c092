import { db } from "@/db/client";
import { changeCaseStatus } from "@/lib/data/cases";
import { apiRoute, readJson } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  changeCaseStatus(db(), actor, params.id, await readJson(req)),
);
