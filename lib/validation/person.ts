import { z } from "zod";
import { checkCodiceFiscaleConsistency, parseCodiceFiscale } from "@/lib/domain/codice-fiscale";

const optionalText = (max: number, msg: string) =>
  z
    .string()
    .trim()
    .max(max, msg)
    .optional()
    .transform((v) => (v ? v : undefined));

const FIELD_OF = {
  sex: "sesso",
  birthDate: "dataNascita",
  birthplace: "codiceFiscale",
  codiceFiscale: "codiceFiscale",
} as const;

const ConsistencyFields = z.object({
  codiceFiscale: z.string().length(16),
  sesso: z.enum(["M", "F"]),
  dataNascita: z.iso.date(),
});

/** One schema for the registration form, its server action and the API. */
export const PersonCreateSchema = z
  .object({
    codiceFiscale: z
      .string({ error: "Inserisci il codice fiscale." })
      .trim()
      .toUpperCase()
      .min(1, "Inserisci il codice fiscale.")
      .max(16, "Il codice fiscale deve avere 16 caratteri.")
      .superRefine((cf, ctx) => {
        const parsed = parseCodiceFiscale(cf);
        if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
      }),
    cognome: z
      .string({ error: "Inserisci il cognome." })
      .trim()
      .min(1, "Inserisci il cognome.")
      .max(100, "Al massimo 100 caratteri."),
    nome: z
      .string({ error: "Inserisci il nome." })
      .trim()
      .min(1, "Inserisci il nome.")
      .max(100, "Al massimo 100 caratteri."),
    sesso: z.enum(["M", "F"], { error: "Indica il sesso." }),
    dataNascita: z.iso.date({ error: "Inserisci una data di nascita valida." }),
    cittadinanza: z
      .string({ error: "Indica la cittadinanza." })
      .trim()
      .min(2, "Indica la cittadinanza.")
      .max(60, "Al massimo 60 caratteri."),
    comuneId: z.uuid({ error: "Scegli il comune di residenza." }),
    indirizzo: z
      .string({ error: "Inserisci l'indirizzo di residenza." })
      .trim()
      .min(3, "Inserisci l'indirizzo di residenza.")
      .max(200, "Al massimo 200 caratteri."),
    telefono: optionalText(30, "Al massimo 30 caratteri.").refine(
      (v) => v === undefined || /^[+0-9 ()./-]{5,30}$/.test(v),
      "Inserisci un numero di telefono valido.",
    ),
    email: optionalText(254, "Al massimo 254 caratteri.").refine(
      (v) => v === undefined || z.email().safeParse(v).success,
      "Inserisci un indirizzo email valido.",
    ),
  })
  .strict()
  .superRefine(
    (v, ctx) => {
      const issues = checkCodiceFiscaleConsistency(v.codiceFiscale, {
        sex: v.sesso,
        birthDate: v.dataNascita,
      });
      // The codice fiscale's own errors are reported on its field by its own check.
      for (const issue of issues.filter((i) => i.field !== "codiceFiscale")) {
        ctx.addIssue({ code: "custom", path: [FIELD_OF[issue.field]], message: issue.message });
      }
    },
    // Compare as soon as the three fields are readable, even while others are still missing.
    { when: (payload) => ConsistencyFields.safeParse(payload.value).success },
  );

export type PersonCreateInput = z.input<typeof PersonCreateSchema>;
export type PersonCreate = z.output<typeof PersonCreateSchema>;
