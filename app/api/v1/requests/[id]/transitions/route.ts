import { db } from "@/db/client";
import { transitionRequest } from "@/lib/data/requests";
import { apiRoute, readJson } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  transitionRequest(db(), actor, params.id, await readJson(req)),
);
