import { db } from "@/db/client";
import { listInstalments } from "@/lib/data/delivery";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  listInstalments(db(), actor, params.id),
);
