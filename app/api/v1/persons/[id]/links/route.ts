import { db } from "@/db/client";
import { addPersonLink, listPersonLinks } from "@/lib/data/household";
import { apiRoute, readJson } from "@/lib/http/api";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  listPersonLinks(db(), actor, params.id),
);

export const POST = apiRoute<{ id: string }>(
  async ({ actor, req, params }) => addPersonLink(db(), actor, params.id, await readJson(req)),
  { status: 201 },
);
