"use server";

import { db } from "@/db/client";
import { type ActionResult, runAction } from "@/lib/auth/action";
import { saveOffice, withdrawOfficialDocument } from "@/lib/data/portal-admin";
import { refreshPortal } from "@/lib/portal/cached";
import { officeFromForm } from "@/lib/validation/portal";

/** A refused save gives back what was typed: React resets the form to its defaults. */
export type OfficeFormState =
  | (ActionResult<{ id: string }> & { typed?: Record<string, string> })
  | null;

/** Saves an office (id null: a new one) from its form; the public pages show it at once. */
export async function saveOfficeAction(
  id: string | null,
  _prev: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const result = await runAction("saveOffice", async (actor) => {
    const saved = await saveOffice(db(), actor, id, officeFromForm(form));
    refreshPortal(actor.ambitoId, "offices");
    return saved;
  });
  if (result.ok || !(form instanceof FormData)) return result;
  const typed: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") typed[k] = v.slice(0, 500);
  return { ...result, typed };
}

export async function withdrawOfficialDocumentAction(id: string) {
  return runAction("withdrawOfficialDocument", async (actor) => {
    const done = await withdrawOfficialDocument(db(), actor, id);
    refreshPortal(actor.ambitoId, "documents");
    return done;
  });
}
