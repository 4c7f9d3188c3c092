import { z } from "zod";
import { personDocuments } from "@/lib/i18n/it/diary-documents";
import { PersonDocumentFieldsSchema } from "@/lib/validation/person-documents";

/**
 * The upload form's schema: the API's fields and the chosen file. Loaded by the form on
 * demand (with zod), so that neither is part of the page's first load.
 */
export function uploadSchema(maxMb: number) {
  const m = personDocuments.form;
  return z.object({
    titolo: PersonDocumentFieldsSchema.shape.titolo,
    generale: z.boolean(),
    file: z
      .custom<FileList>((v) => typeof FileList !== "undefined" && v instanceof FileList)
      .refine((v) => v.length === 1, m.chooseFile)
      .refine((v) => (v[0]?.size ?? 0) <= maxMb * 1024 * 1024, m.tooBig(maxMb)),
  });
}
export type UploadInput = z.input<ReturnType<typeof uploadSchema>>;
export type UploadValues = z.output<ReturnType<typeof uploadSchema>>;
