import { db } from "@/db/client";
import { createPerson, listPersons } from "@/lib/data/persons";
import { apiRoute, readJson, readQuery } from "@/lib/http/api";
import { PersonListQuery, personQueryOf } from "@/lib/validation/list-params";

export const GET = apiRoute(({ actor, req }) =>
  listPersons(db(), actor, personQueryOf(readQuery(req, PersonListQuery))),
);

export const POST = apiRoute(
  async ({ actor, req }) => createPerson(db(), actor, await readJson(req)),
  { status: 201 },
);
