import { z } from "zod";
import { DOCUMENT_KINDS, unknownPlaceholders } from "@/lib/domain/decision-documents";

// Anything between double braces, well formed or not: {{protocollo}}, {{Nome}}, {{ data domanda }}.
const BRACED = /\{\{([^{}]*)\}\}/g;

/** The message for a text naming fields that do not exist, or braces left open; null when fine. */
function placeholderIssues(text: string): string | null {
  const wrong = new Set(unknownPlaceholders(text).map((name) => `{{${name}}}`));
  for (const m of text.matchAll(BRACED)) {
    const inner = (m[1] ?? "").trim();
    if (!/^[a-z_]+$/.test(inner)) wrong.add(`{{${inner}}}`);
  }
  if (wrong.size > 0) {
    const list = [...wrong].join(", ");
    return wrong.size === 1
      ? `Campo sconosciuto: ${list}. Usa solo i campi elencati, scritti in minuscolo.`
      : `Campi sconosciuti: ${list}. Usa solo i campi elencati, scritti in minuscolo.`;
  }
  if (/\{\{|\}\}/.test(text.replace(BRACED, "")))
    return "Doppie graffe non chiuse: scrivi i campi come {{protocollo}}.";
  return null;
}

const templateText = (what: string, min: number, max: number) =>
  z
    .string({ error: `${what}: inserisci un testo.` })
    .trim()
    .min(min, `${what}: almeno ${min} caratteri.`)
    .max(max, `${what}: al massimo ${max.toLocaleString("it-IT")} caratteri.`)
    .superRefine((text, ctx) => {
      const message = placeholderIssues(text);
      if (message) ctx.addIssue({ code: "custom", message });
    });

/** A decision template as the coordinator writes it: one schema for the editor and the API. */
export const DocumentTemplateSchema = z
  .object({
    oggetto: templateText("L'oggetto", 3, 200).refine(
      (text) => !/[\r\n]/.test(text),
      "L'oggetto va scritto su una sola riga.",
    ),
    corpo: templateText("Il testo", 20, 20_000),
  })
  .strict();

export type DocumentTemplateInput = z.input<typeof DocumentTemplateSchema>;
export type DocumentTemplate = z.output<typeof DocumentTemplateSchema>;

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS, {
  error: "Tipo di documento sconosciuto.",
});

/** The query of a document download: PDF unless the printable HTML is asked for. */
export const DocumentFormatQuery = z
  .object({ format: z.enum(["pdf", "html"], { error: "Usa pdf oppure html." }).optional() })
  .strict();

// Response shapes, for the OpenAPI document only.
export const DocumentTemplateOut = z
  .object({
    tipo: DocumentKindSchema,
    etichetta: z.string(),
    oggetto: z.string(),
    corpo: z.string(),
    personalizzato: z.boolean().meta({ description: "false: il testo predefinito di Zona" }),
    aggiornatoIl: z.iso.datetime().nullable(),
    aggiornatoDa: z.string().nullable(),
  })
  .meta({ id: "DocumentTemplate" });

export const RequestDocumentRow = z
  .object({
    id: z.uuid(),
    tipo: DocumentKindSchema,
    etichetta: z.string(),
    oggetto: z.string(),
    creatoIl: z.iso.datetime(),
  })
  .meta({ id: "RequestDocument" });
