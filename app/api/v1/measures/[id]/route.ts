import { db } from "@/db/client";
import { getMeasure } from "@/lib/data/measures";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  getMeasure(db(), actor, params.id),
);
