import { db } from "@/db/client";
import { createPerson, listPersons } from "@/lib/data/persons";
import { apiRoute, readJson, readQuery } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";
import { PersonListQuery, personQueryOf } from "@/lib/validation/list-params";

export const GET = apiRoute(({ actor, req }) =>
  listPersons(db(), actor, personQueryOf(readQuery(req, PersonListQuery))),
);

export const POST = apiRoute(
  async ({ actor, req }) => createPerson(db(), actor, await readJson(req)),
  { status: 201 },
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
