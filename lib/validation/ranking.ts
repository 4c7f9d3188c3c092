import { z } from "zod";

/** Response shapes of the bandi's procedure endpoints, for the OpenAPI document. */

export const RankingRowOut = z.object({
  posizione: z.number().int(),
  protocollo: z.string(),
  punteggio: z.string(),
  esito: z.enum(["finanziata", "in_attesa", "non_finanziata"]),
  requestId: z.uuid(),
});

export const RankingOut = z.object({
  titolo: z.string(),
  misura: z.string(),
  modalita: z.enum(["ordine_arrivo", "graduatoria"]),
  graduatoriaIl: z.string().nullable(),
  pubblicataIl: z.string().nullable(),
  rows: z.array(RankingRowOut),
});

export const RankingOutcomeOut = z.object({
  approvate: z.number().int(),
  inAttesa: z.number().int(),
  escluse: z.number().int(),
});

const Line = z.object({
  type: z.string(),
  rule: z.string(),
  found: z.string(),
  outcome: z.enum(["ok", "ko", "check"]),
});

export const EligibilityCheckOut = z.object({
  eligibility: z.object({
    outcome: z.enum(["eligible", "not_eligible", "manual_check"]),
    lines: z.array(Line),
    on: z.iso.date(),
  }),
  iseeValue: z.number().nullable(),
  score: z
    .object({
      total: z.number(),
      lines: z.array(
        z.object({ type: z.string(), rule: z.string(), found: z.string(), points: z.number() }),
      ),
    })
    .nullable(),
  monthlyAmount: z.number().nullable(),
  months: z.number().int().nullable(),
  copayment: z
    .object({ tariff: z.number(), basis: z.string(), isee: z.number().nullable() })
    .nullable(),
});
