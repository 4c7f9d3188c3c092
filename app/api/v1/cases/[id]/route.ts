import { db } from "@/db/client";
import { getCaseOverview } from "@/lib/data/cases";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  getCaseOverview(db(), actor, params.id),
);
