import { z } from "zod";
import { DIARY_KINDS } from "@/lib/domain/case-file";
import { romeDate } from "@/lib/domain/dates";
import { fromRomeLocal } from "@/lib/domain/rome-time";

/** A diary entry: one schema for the form, its server action and the API. */

export const DIARY_TEXT_MAX = 20_000;
const EARLIEST = "1950-01-01";

/** When it happened: a datetime-local value (Italian time) or an ISO 8601 instant with offset. */
const when = z
  .string({ error: "Indica data e ora." })
  .trim()
  .min(1, "Indica data e ora.")
  .transform((v, ctx) => {
    const at = /(Z|[+-]\d{2}:\d{2})$/.test(v) ? new Date(v) : fromRomeLocal(v);
    if (!at || Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: "custom", message: "Data e ora non valide." });
      return z.NEVER;
    }
    const day = romeDate(at);
    if (day > romeDate(new Date())) {
      ctx.addIssue({ code: "custom", message: "La data non può essere futura." });
      return z.NEVER;
    }
    if (day < EARLIEST) {
      ctx.addIssue({ code: "custom", message: "La data è troppo lontana nel passato." });
      return z.NEVER;
    }
    return at;
  })
  .meta({ description: "YYYY-MM-DDTHH:mm (ora italiana) o istante ISO 8601; non oltre oggi" });

const fields = {
  tipo: z.enum(DIARY_KINDS, { error: "Scegli il tipo di voce." }),
  avvenutoIl: when,
  testo: z
    .string({ error: "Scrivi il testo della voce." })
    .trim()
    .min(1, "Scrivi il testo della voce.")
    .max(DIARY_TEXT_MAX, `Al massimo ${DIARY_TEXT_MAX.toLocaleString("it-IT")} caratteri.`),
  riservato: z.boolean({ error: "Indica se la voce è riservata." }),
};

export const DiaryEntryCreateSchema = z
  .object({ ...fields, riservato: fields.riservato.default(false) })
  .strict();
export type DiaryEntryCreateInput = z.input<typeof DiaryEntryCreateSchema>;
export type DiaryEntryCreate = z.output<typeof DiaryEntryCreateSchema>;

/** An edit names the version it was written against: a newer one answers 409. */
export const DiaryEntryEditSchema = z
  .object({
    tipo: fields.tipo.optional(),
    avvenutoIl: fields.avvenutoIl.optional(),
    testo: fields.testo.optional(),
    riservato: fields.riservato.optional(),
    versione: z.coerce
      .number({ error: "Versione mancante." })
      .int("Versione non valida.")
      .min(1, "Versione non valida."),
  })
  .strict()
  .refine(
    (v) =>
      v.tipo !== undefined ||
      v.avvenutoIl !== undefined ||
      v.testo !== undefined ||
      v.riservato !== undefined,
    { message: "Nessuna modifica indicata." },
  );
export type DiaryEntryEditInput = z.input<typeof DiaryEntryEditSchema>;
export type DiaryEntryEdit = z.output<typeof DiaryEntryEditSchema>;

export const DiaryListQuery = z
  .object({
    after: z.string().max(400, "Cursore non valido.").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const DiaryEntryOut = z.object({
  id: z.uuid(),
  tipo: z.enum(DIARY_KINDS),
  avvenutoIl: z.iso.datetime(),
  testo: z.string(),
  riservato: z.boolean(),
  versione: z.int(),
  autore: z.string().nullable(),
  creatoIl: z.iso.datetime(),
  modificatoIl: z.iso.datetime().nullable(),
  modificatoDa: z.string().nullable(),
  canEdit: z.boolean(),
});
export const DiaryPageOut = z.object({
  entries: z.array(DiaryEntryOut),
  next: z.string().nullable(),
  canWrite: z.boolean(),
  closed: z.boolean(),
});
export const DiaryVersionOut = z.object({
  versione: z.int(),
  tipo: z.enum(DIARY_KINDS),
  avvenutoIl: z.iso.datetime(),
  testo: z.string(),
  riservato: z.boolean(),
  autore: z.string().nullable(),
  scrittaIl: z.iso.datetime(),
});
