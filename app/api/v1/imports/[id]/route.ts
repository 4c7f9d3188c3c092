import { db } from "@/db/client";
import { getImport } from "@/lib/data/registry-import";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  getImport(db(), actor, params.id),
);
