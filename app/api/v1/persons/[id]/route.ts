import { db } from "@/db/client";
import { getPerson } from "@/lib/data/persons";
import { apiRoute } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(({ actor, params }) =>
  getPerson(db(), actor, params.id),
);
