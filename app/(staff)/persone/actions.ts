"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { createPerson, type PersonSearchResult, searchPersons } from "@/lib/data/persons";

export type SearchState = { done: boolean; results: PersonSearchResult[]; error?: string };

export async function searchPersonsAction(
  _prev: SearchState,
  formData: unknown,
): Promise<SearchState> {
  // Whatever arrives over the wire: only a form's "q" is read.
  const q = formData instanceof FormData ? String(formData.get("q") ?? "") : "";
  const result = await runAction("searchPersons", (actor) => searchPersons(db(), actor, q));
  return result.ok
    ? { done: true, results: result.data }
    : { done: true, results: [], error: result.message };
}

export async function createPersonAction(input: unknown) {
  return runAction("createPerson", (actor) => createPerson(db(), actor, input));
}
