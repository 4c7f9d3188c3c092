import { z } from "zod";
import { REQUEST_ACTIONS } from "@/lib/domain/request-workflow";

export const RequestCreateSchema = z
  .object({
    personId: z.uuid({ error: "Scegli la persona." }),
    measureId: z.uuid({ error: "Scegli la misura." }),
    importoMensile: z
      .number({ error: "Inserisci un importo in euro." })
      .min(0, "L'importo non può essere negativo.")
      .max(100_000, "L'importo supera il massimo ammesso (100.000 €).")
      .refine((v) => Math.round(v * 100) === v * 100, "Al massimo due decimali."),
    mesi: z
      .number({ error: "Inserisci il numero di mesi." })
      .int("Inserisci un numero intero di mesi.")
      .min(1, "Almeno un mese.")
      .max(120, "Al massimo 120 mesi."),
    dataInizio: z.iso.date({ error: "Inserisci una data valida." }).optional(),
    motivazione: z
      .string({ error: "Descrivi il bisogno." })
      .trim()
      .min(10, "Descrivi il bisogno in almeno 10 caratteri.")
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
