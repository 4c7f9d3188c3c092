import { db } from "@/db/client";
import { createRequest, listRequests } from "@/lib/data/requests";
import { apiRoute, readJson, readQuery } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";
import { RequestListQuery, requestQueryOf } from "@/lib/validation/list-params";

export const GET = apiRoute(({ actor, req }) =>
  listRequests(db(), actor, requestQueryOf(readQuery(req, RequestListQuery))),
);

export const POST = apiRoute(
  async ({ actor, req }) => createRequest(db(), actor, await readJson(req)),
  { status: 201 },
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
