import { db } from "@/db/client";
import { createRequest, listRequests } from "@/lib/data/requests";
import { apiRoute, readJson, readQuery } from "@/lib/http/api";
import { RequestListQuery, requestQueryOf } from "@/lib/validation/list-params";

export const GET = apiRoute(({ actor, req }) =>
  listRequests(db(), actor, requestQueryOf(readQuery(req, RequestListQuery))),
);

export const POST = apiRoute(
  async ({ actor, req }) => createRequest(db(), actor, await readJson(req)),
  { status: 201 },
);
