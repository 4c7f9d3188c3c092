import { db } from "@/db/client";
import { listEntryVersions } from "@/lib/data/diary";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({
  versions: await listEntryVersions(db(), actor, params.id),
}));
