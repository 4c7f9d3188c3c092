import { z } from "zod";
import { GOAL_OUTCOMES, PLAN_STATUSES } from "@/lib/domain/case-file";
import { romeDate } from "@/lib/domain/dates";
import {
  isoDate,
  optionalId,
  optionalIsoDate,
  optionalText,
  pastIsoDate,
  requiredText,
} from "./case-plan-fields";

export const MAX_GOALS = 20;
export const MAX_INTERVENTIONS = 30;

export const GoalSchema = z
  .object({
    descrizione: requiredText("Descrivi l'obiettivo.", 500),
    indicatore: optionalText(500),
    scadenza: optionalIsoDate(),
  })
  .strict();

/** An intervention: a request (titolo sociale) of the person, a service of the catalogue, or described. */
export const InterventionSchema = z
  .object({
    richiestaId: optionalId("Richiesta non valida."),
    misuraId: optionalId("Servizio non valido."),
    descrizione: requiredText("Descrivi l'intervento.", 500),
    dal: optionalIsoDate(),
    al: optionalIsoDate(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.richiestaId && v.misuraId)
      ctx.addIssue({
        code: "custom",
        path: ["misuraId"],
        message: "Collega una richiesta oppure un servizio, non entrambi.",
      });
    if (v.dal && v.al && v.al < v.dal)
      ctx.addIssue({ code: "custom", path: ["al"], message: "La fine precede l'inizio." });
  });
export type InterventionInput = z.input<typeof InterventionSchema>;

export const PlanCreateSchema = z
  .object({
    titolo: requiredText("Dai un titolo al progetto.", 200),
    dataInizio: isoDate("Inserisci la data di inizio."),
    prossimaVerifica: isoDate("Inserisci la data della prossima verifica."),
    valutazioneId: optionalId("Valutazione non valida."),
    note: optionalText(2000),
    obiettivi: z
      .array(GoalSchema, { error: "Indica almeno un obiettivo." })
      .min(1, "Indica almeno un obiettivo.")
      .max(MAX_GOALS, `Al massimo ${MAX_GOALS} obiettivi.`),
    interventi: z
      .array(InterventionSchema, { error: "Interventi non validi." })
      .max(MAX_INTERVENTIONS, `Al massimo ${MAX_INTERVENTIONS} interventi.`)
      .optional()
      .transform((v) => v ?? []),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.prossimaVerifica && v.dataInizio && v.prossimaVerifica <= v.dataInizio)
      ctx.addIssue({
        code: "custom",
        path: ["prossimaVerifica"],
        message: "La verifica va fissata dopo l'inizio del progetto.",
      });
    if (v.prossimaVerifica && v.prossimaVerifica < romeDate(new Date()))
      ctx.addIssue({
        code: "custom",
        path: ["prossimaVerifica"],
        message: "La prossima verifica non può essere già passata.",
      });
  });
export type PlanCreateInput = z.input<typeof PlanCreateSchema>;
export type PlanCreate = z.output<typeof PlanCreateSchema>;

export const GoalOutcomeSchema = z
  .object({ esito: z.enum(GOAL_OUTCOMES, { error: "Scegli l'esito dell'obiettivo." }) })
  .strict();

/** A review: it either fixes the next one or concludes the plan. */
export const ReviewSchema = z
  .object({
    data: pastIsoDate("Inserisci la data della verifica.", "La verifica non può essere futura."),
    esito: requiredText("Scrivi l'esito della verifica.", 4000),
    prossimaVerifica: optionalIsoDate(),
    concludi: z.boolean({ error: "Indica se il progetto si conclude." }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.concludi && v.prossimaVerifica)
      ctx.addIssue({
        code: "custom",
        path: ["prossimaVerifica"],
        message: "Un progetto che si conclude non ha una prossima verifica.",
      });
    if (!v.concludi && !v.prossimaVerifica)
      ctx.addIssue({
        code: "custom",
        path: ["prossimaVerifica"],
        message: "Fissa la prossima verifica, oppure concludi il progetto.",
      });
    if (!v.concludi && v.prossimaVerifica && v.data && v.prossimaVerifica <= v.data)
      ctx.addIssue({
        code: "custom",
        path: ["prossimaVerifica"],
        message: "La prossima verifica va fissata dopo questa.",
      });
  });
export type ReviewInput = z.input<typeof ReviewSchema>;

// Response shapes of the API, to document it in OpenAPI.
export const PlanSummaryOut = z
  .object({
    id: z.uuid(),
    titolo: z.string(),
    stato: z.enum(PLAN_STATUSES),
    dataInizio: z.iso.date(),
    prossimaVerifica: z.iso.date(),
    verificaScaduta: z.boolean().meta({ description: "Verifica scaduta (ora italiana)" }),
  })
  .meta({ id: "PlanSummary" });
export const ReviewRecorded = z
  .object({ id: z.uuid(), stato: z.enum(PLAN_STATUSES), prossimaVerifica: z.iso.date() })
  .meta({ id: "ReviewRecorded" });
