import { z } from "zod";
import { AREAS } from "@/lib/domain/areas";
import { CopaymentSchema, EligibilityRulesSchema, ScoringRulesSchema } from "./bando-rules";

const money = (what: string) =>
  z
    .number({ error: `${what}: inserisci un importo in euro.` })
    .min(0, `${what} non può essere negativo.`)
    .max(100_000_000, `${what} supera il massimo ammesso.`)
    .refine((v) => Math.round(v * 100) === v * 100, `${what}: al massimo due decimali.`);

const BudgetLineSchema = z
  .object({
    comuneId: z.uuid({ error: "Comune non valido." }).optional(),
    area: z.enum(AREAS, { error: "Area sconosciuta." }).optional(),
    stanziato: money("Lo stanziamento"),
  })
  .strict();

/** A new bando with its money and rules: one schema for the API (and, later, the form). */
export const BandoCreateSchema = z
  .object({
    measureId: z.uuid({ error: "Scegli la misura." }),
    titolo: z
      .string({ error: "Inserisci il titolo." })
      .trim()
      .min(5, "Il titolo deve avere almeno 5 caratteri.")
      .max(200, "Al massimo 200 caratteri."),
    periodoInizio: z.iso.date({ error: "Data di inizio non valida." }),
    periodoFine: z.iso.date({ error: "Data di fine non valida." }),
    apertura: z.iso.date({ error: "Data di apertura non valida." }),
    chiusura: z.iso.date({ error: "Data di chiusura non valida." }),
    modalita: z.enum(["ordine_arrivo", "graduatoria"], { error: "Scegli come assegnare i fondi." }),
    termineGiorni: z
      .number()
      .int("Un numero intero di giorni.")
      .min(1, "Almeno un giorno.")
      .max(180, "Al massimo 180 giorni (L. 241/1990).")
      .default(30),
    importoMensile: money("L'importo mensile").optional(),
    mesi: z
      .number()
      .int("Un numero intero di mesi.")
      .min(1, "Almeno un mese.")
      .max(120, "Al massimo 120 mesi.")
      .optional(),
    budget: z
      .array(BudgetLineSchema)
      .min(1, "Indica almeno una voce di budget.")
      .max(200, "Troppe voci di budget."),
    regoleAmmissione: EligibilityRulesSchema.default([]),
    regolePunteggio: ScoringRulesSchema.default([]),
    compartecipazione: CopaymentSchema.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.apertura > b.chiusura)
      ctx.addIssue({
        code: "custom",
        path: ["chiusura"],
        message: "La chiusura non può precedere l'apertura.",
      });
    if (b.periodoInizio > b.periodoFine)
      ctx.addIssue({
        code: "custom",
        path: ["periodoFine"],
        message: "La fine non può precedere l'inizio.",
      });
    const keys = b.budget.map((l) => `${l.comuneId ?? "*"}|${l.area ?? "*"}`);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({
        code: "custom",
        path: ["budget"],
        message: "Due voci di budget per lo stesso comune e la stessa area.",
      });
    if (b.modalita === "graduatoria" && b.regolePunteggio.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["regolePunteggio"],
        message: "Una graduatoria ha bisogno di almeno una regola di punteggio.",
      });
    }
  });

export type BandoCreate = z.output<typeof BandoCreateSchema>;
