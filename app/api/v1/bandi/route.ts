import { db } from "@/db/client";
import { createBando, listBandi } from "@/lib/data/bandi";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute(async ({ actor }) => ({ rows: await listBandi(db(), actor) }));

export const POST = apiRoute(
  async ({ actor, req }) => createBando(db(), actor, await readJson(req)),
  {
    status: 201,
  },
);
