import { db } from "@/db/client";
import { getBando, updateBando } from "@/lib/data/bandi";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  getBando(db(), actor, params.id),
);

export const PATCH = apiRoute<{ id: string }>(async ({ actor, req, params }) =>
  updateBando(db(), actor, params.id, await readJson(req)),
);
