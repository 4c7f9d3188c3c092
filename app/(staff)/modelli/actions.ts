"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { previewDocumentTemplate, updateDocumentTemplate } from "@/lib/data/document-templates";

export async function saveDocumentTemplateAction(kind: string, input: unknown) {
  return runAction("updateDocumentTemplate", async (actor) => {
    const saved = await updateDocumentTemplate(db(), actor, kind, input);
    return { aggiornatoIl: saved.aggiornatoIl };
  });
}

export async function previewDocumentTemplateAction(kind: string, input: unknown) {
  return runAction("previewDocumentTemplate", (actor) =>
    previewDocumentTemplate(db(), actor, kind, input),
  );
}
