import { db } from "@/db/client";
import { finishImport } from "@/lib/data/registry-import";
import { apiRoute } from "@/lib/http/api";

export const POST = apiRoute<{ id: string }>(({ actor, params }) =>
  finishImport(db(), actor, params.id),
);
