import { db } from "@/db/client";
import { getRequest } from "@/lib/data/requests";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  getRequest(db(), actor, params.id),
);
