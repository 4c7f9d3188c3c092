import { z } from "zod";
import { romeDate } from "@/lib/domain/dates";
import { isIsoDate } from "@/lib/domain/eligibility";

const text = (max: number) =>
  z.string({ error: "Deve essere un testo." }).trim().max(max, `Al massimo ${max} caratteri.`);

const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/** Asking another comune of the district to take a person over. */
export const TransferRequestSchema = z
  .object({
    aComuneId: z.uuid({ error: "Scegli il comune di destinazione." }),
    motivo: text(2000).min(3, "Scrivi il motivo del trasferimento."),
    nuovoIndirizzo: optionalText(200),
  })
  .strict();
export type TransferRequest = z.input<typeof TransferRequestSchema>;

/** Accepting, refusing or withdrawing a transfer, with an optional note. */
export const TransferDecisionSchema = z.object({ note: optionalText(2000) }).strict();
export type TransferDecision = z.input<typeof TransferDecisionSchema>;

export const TRANSFER_ACTIONS = ["accept", "reject", "cancel"] as const;

/** Listing transfers: those addressed to the actor's comuni, or those they asked for. */
export const TransferListQuery = z
  .object({ direction: z.enum(["in", "out"], { error: "Usa in oppure out." }).default("in") })
  .strict();

/** A move out of the district: every open cartella is closed with this reason. */
export const MoveOutSchema = z
  .object({
    motivo: text(2000).min(3, "Scrivi il motivo della chiusura."),
    data: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || isIsoDate(v), "Data non valida.")
      .refine(
        (v) => v === undefined || v <= romeDate(new Date()),
        "La data non può essere nel futuro.",
      ),
  })
  .strict();
export type MoveOut = z.input<typeof MoveOutSchema>;
