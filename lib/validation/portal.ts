import { z } from "zod";
import { OFFICE_DAYS, SLOTS_PER_DAY } from "@/lib/domain/portal-office";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const OfficeHoursSchema = z
  .object({
    giorno: z.number().int().min(1).max(6),
    dalle: z.string().regex(TIME, "Orario nel formato hh:mm."),
    alle: z.string().regex(TIME, "Orario nel formato hh:mm."),
  })
  .refine((h) => h.dalle < h.alle, { message: "L'orario di fine deve seguire l'inizio." });

export type OfficeHours = z.infer<typeof OfficeHoursSchema>;

const text = (max: number, message: string) =>
  z.string({ error: message }).trim().max(max, `Al massimo ${max} caratteri.`);

/** An office of the Ufficio di Piano as the administrator edits it. */
export const OfficeSchema = z.strictObject({
  nome: text(120, "Indica il nome della sede.").min(2, "Indica il nome della sede."),
  indirizzo: text(200, "Indica l'indirizzo.").min(5, "Indica l'indirizzo."),
  telefono: text(40, "Telefono non valido.")
    .regex(/^[0-9 +./()-]*$/, "Il telefono contiene caratteri non ammessi.")
    .default(""),
  email: z.union([z.literal(""), z.email("Indirizzo email non valido.").max(120)]).default(""),
  note: text(500, "Note non valide.").default(""),
  ordine: z.coerce.number().int().min(0).max(99).default(0),
  orari: z
    .array(OfficeHoursSchema, { error: "Orari non validi." })
    .max(OFFICE_DAYS.length * SLOTS_PER_DAY)
    .default([]),
});

export type OfficeInput = z.input<typeof OfficeSchema>;

/**
 * The office from a submitted form: plain fields by name, hours from the pairs
 * `dalle-<giorno>-<slot>` / `alle-<giorno>-<slot>`; a pair left empty is no slot, a pair
 * half filled is kept so that validation reports it.
 */
export function officeFromForm(form: unknown): Record<string, unknown> {
  if (!(form instanceof FormData)) return {};
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const orari: { giorno: number; dalle: string; alle: string }[] = [];
  for (const giorno of OFFICE_DAYS) {
    for (let slot = 0; slot < SLOTS_PER_DAY; slot++) {
      const dalle = str(`dalle-${giorno}-${slot}`)?.trim() ?? "";
      const alle = str(`alle-${giorno}-${slot}`)?.trim() ?? "";
      if (dalle || alle) orari.push({ giorno, dalle, alle });
    }
  }
  return {
    nome: str("nome"),
    indirizzo: str("indirizzo"),
    telefono: str("telefono") ?? "",
    email: str("email") ?? "",
    note: str("note") ?? "",
    ordine: str("ordine") || 0,
    orari,
  };
}

/** An official document's fields (the file is checked apart, by its content). */
export const OfficialDocumentFieldsSchema = z.strictObject({
  titolo: text(160, "Indica il titolo del documento.").min(3, "Indica il titolo del documento."),
  descrizione: text(500, "Descrizione non valida.").default(""),
  dataAtto: z
    .union([z.literal(""), z.iso.date("Data non valida.")])
    .default("")
    .transform((v) => v || null),
});
