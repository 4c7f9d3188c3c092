import { db } from "@/db/client";
import { listMeasures } from "@/lib/data/measures";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute(async ({ actor }) => ({ rows: await listMeasures(db(), actor) }));
