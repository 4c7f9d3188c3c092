"use server";

import { db } from "@/db/client";
import { type ActionResult, runAction } from "@/lib/auth/action";
import { saveOffice, withdrawOfficialDocument } from "@/lib/data/portal-admin";
import { refreshPortal } from "@/lib/portal/cached";
import { officeFromForm } from "@/lib/validation/portal";

export type OfficeFormState = ActionResult<{ id: string }> | null;

/** Saves an office (id null: a new one) from its form; the public pages show it at once. */
export async function saveOfficeAction(
  id: string | null,
  _prev: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  return runAction("saveOffice", async (actor) => {
    const saved = await saveOffice(db(), actor, id, officeFromForm(form));
    refreshPortal(actor.ambitoId, "offices");
    return saved;
  });
}

export async function withdrawOfficialDocumentAction(id: string) {
  return runAction("withdrawOfficialDocument", async (actor) => {
    const done = await withdrawOfficialDocument(db(), actor, id);
    refreshPortal(actor.ambitoId, "documents");
    return done;
  });
}
