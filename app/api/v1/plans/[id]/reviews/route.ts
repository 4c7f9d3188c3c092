import { db } from "@/db/client";
import { recordReview } from "@/lib/data/plans";
import { apiRoute, readJson } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => recordReview(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);
