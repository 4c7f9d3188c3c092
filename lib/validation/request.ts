import { z } from "zod";
import { REQUEST_ACTIONS } from "@/lib/domain/request-workflow";

const ApplicationAnswersSchema = {
  /** Declarations of the bando ticked by the applicant, by declaration id. */
  dichiarazioni: z
    .record(
      z.string().max(100, "Identificativo di dichiarazione troppo lungo."),
      z.boolean({ error: "Una dichiarazione è spuntata o no." }),
    )
    .refine((d) => Object.keys(d).length <= 50, "Troppe dichiarazioni.")
    .default({}),
  /** The social worker's assessment, when the bando scores it. */
  valutazione: z
    .number({ error: "Inserisci la valutazione come numero." })
    .min(0, "La valutazione non può essere negativa.")
    .max(1000, "Valutazione fuori scala.")
    .optional(),
};

export const RequestCreateSchema = z
  .object({
    personId: z.uuid({ error: "Scegli la persona." }),
    measureId: z.uuid({ error: "Scegli la misura." }),
    // Under a bando, the amount and months come from the bando.
    bandoId: z.uuid({ error: "Bando non valido." }).optional(),
    ...ApplicationAnswersSchema,
    importoMensile: z
      .number({ error: "Inserisci un importo in euro." })
      .min(0, "L'importo non può essere negativo.")
      .max(100_000, "L'importo supera il massimo ammesso (100.000 €).")
      .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, "Al massimo due decimali.")
      .optional(),
    mesi: z
      .number({ error: "Inserisci il numero di mesi." })
      .int("Inserisci un numero intero di mesi.")
      .min(1, "Almeno un mese.")
      .max(120, "Al massimo 120 mesi.")
      .optional(),
    dataInizio: z.iso.date({ error: "Inserisci una data valida." }).optional(),
    motivazione: z
      .string({ error: "Descrivi il bisogno." })
      .trim()
      .min(10, "Descrivi il bisogno in almeno 10 caratteri.")
      .max(4000, "Al massimo 4000 caratteri."),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.bandoId) return;
    if (r.importoMensile === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["importoMensile"],
        message: "Inserisci un importo in euro.",
      });
    if (r.mesi === undefined)
      ctx.addIssue({ code: "custom", path: ["mesi"], message: "Inserisci il numero di mesi." });
  });

/** A dry run of the eligibility check, while the worker fills in the application. */
export const EligibilityCheckSchema = z
  .object({ personId: z.uuid({ error: "Scegli la persona." }), ...ApplicationAnswersSchema })
  .strict();

export const EligibilityOverrideSchema = z
  .object({
    esito: z.enum(["eligible", "not_eligible"], { error: "Scegli l'esito." }),
    motivazione: z
      .string({ error: "Scrivi la motivazione." })
      .trim()
      .min(10, "Motiva la decisione in almeno 10 caratteri.")
      .max(4000, "Al massimo 4000 caratteri."),
  })
  .strict();

export type RequestCreate = z.output<typeof RequestCreateSchema>;

export const RequestTransitionSchema = z
  .object({
    action: z.enum(REQUEST_ACTIONS, { error: "Azione sconosciuta." }),
    nota: z
      .string({ error: "La motivazione deve essere un testo." })
      .trim()
      .max(4000, "Al massimo 4000 caratteri.")
      .optional(),
  })
  .strict();

export type RequestTransition = z.output<typeof RequestTransitionSchema>;
