"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { addHouseholdMember, addNetworkContact, removePersonLink } from "@/lib/data/household";

export async function addHouseholdMemberAction(personId: string, input: unknown) {
  return runAction("addHouseholdMember", (actor) =>
    addHouseholdMember(db(), actor, personId, input),
  );
}

export async function addNetworkContactAction(personId: string, input: unknown) {
  return runAction("addNetworkContact", (actor) => addNetworkContact(db(), actor, personId, input));
}

export async function removePersonLinkAction(personId: string, linkId: string) {
  return runAction("removePersonLink", (actor) => removePersonLink(db(), actor, personId, linkId));
}
