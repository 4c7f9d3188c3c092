import { db } from "@/db/client";
import { searchPersons } from "@/lib/data/persons";
import { apiRoute, BadRequest, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";
import { PersonSearch } from "@/lib/validation/api";

/** POST, so that a codice fiscale or a name never appears in a URL or an access log. */
export const POST = apiRoute(async ({ actor, req }) => {
  const parsed = PersonSearch.safeParse(await readJson(req));
  if (!parsed.success) throw new BadRequest("Il campo «q» deve contenere da 2 a 100 caratteri.");
  return { rows: await searchPersons(db(), actor, parsed.data.q) };
});

export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
