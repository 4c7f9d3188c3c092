import { db } from "@/db/client";
import { publishRanking } from "@/lib/data/ranking";
import { apiRoute } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) =>
  publishRanking(db(), actor, params.id),
);
