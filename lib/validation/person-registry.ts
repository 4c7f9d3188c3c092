import { z } from "zod";

/** What the registration form knows before saving: enough to look for likely duplicates. */
export const DuplicateQuerySchema = z.object({
  codiceFiscale: z.string().trim().toUpperCase().max(16).optional().default(""),
  cognome: z
    .string({ error: "Inserisci il cognome." })
    .trim()
    .min(1, "Inserisci il cognome.")
    .max(100),
  nome: z.string({ error: "Inserisci il nome." }).trim().min(1, "Inserisci il nome.").max(100),
  dataNascita: z.iso
    .date()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  comuneId: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type DuplicateQuery = z.input<typeof DuplicateQuerySchema>;

export const MergeSchema = z
  .object({
    keepId: z.uuid({ error: "Scegli la scheda da mantenere." }),
    dropId: z.uuid({ error: "Scegli la scheda da unire." }),
    motivo: z
      .string({ error: "Scrivi il motivo dell'unione." })
      .trim()
      .min(10, "Scrivi il motivo dell'unione (almeno 10 caratteri).")
      .max(500, "Al massimo 500 caratteri."),
  })
  .refine((v) => v.keepId !== v.dropId, {
    path: ["dropId"],
    message: "Scegli due schede diverse.",
  });
