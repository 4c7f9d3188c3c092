import { z } from "zod";

/** The fields sent with an uploaded document (the file itself is checked by its content). */
export const PersonDocumentFieldsSchema = z
  .object({
    titolo: z
      .string({ error: "Indica un titolo per il documento." })
      .trim()
      .min(1, "Indica un titolo per il documento.")
      .max(200, "Al massimo 200 caratteri."),
    caseId: z
      .uuid("Cartella non valida.")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .strict();
export type PersonDocumentFields = z.output<typeof PersonDocumentFieldsSchema>;

export const PersonDocumentListQuery = z
  .object({ caseId: z.uuid("Cartella non valida.").optional() })
  .strict();

export const PersonDocumentOut = z.object({
  id: z.uuid(),
  titolo: z.string(),
  nomeFile: z.string(),
  tipoMime: z.string(),
  dimensione: z.int(),
  caseId: z.uuid().nullable(),
  caricatoIl: z.iso.datetime(),
  caricatoDa: z.string().nullable(),
});
export const PersonDocumentListOut = z.object({
  personId: z.uuid(),
  documents: z.array(PersonDocumentOut),
  canUpload: z.boolean(),
});
export const PersonDocumentUpload = z.object({
  file: z.string().meta({ format: "binary", description: "PDF, JPEG, PNG o WebP" }),
  titolo: z.string().max(200),
  caseId: z.uuid().optional(),
});
