import { db } from "@/db/client";
import { getBando } from "@/lib/data/bandi";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  getBando(db(), actor, params.id),
);
