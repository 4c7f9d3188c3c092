import { z } from "zod";
import { romeDate } from "@/lib/domain/dates";
import { isIsoDate } from "@/lib/domain/eligibility";

/** A liquidazione of one instalment: the payment order (mandato) and, if not today, its date. */
export const PaymentSchema = z
  .object({
    riferimento: z
      .string({ error: "Scrivi il riferimento del pagamento (mandato)." })
      .trim()
      .min(1, "Scrivi il riferimento del pagamento (mandato).")
      .max(60, "Al massimo 60 caratteri."),
    pagataIl: z
      .string({ error: "Inserisci una data valida." })
      .refine(isIsoDate, "Inserisci una data valida.")
      .refine((d) => d >= "2000-01-01", "Inserisci una data valida.")
      .refine((d) => d <= romeDate(new Date()), "La data del pagamento non può essere futura.")
      .meta({ format: "date", description: "Date of the payment, YYYY-MM-DD; today if omitted" })
      .optional(),
  })
  .strict();

export type PaymentInput = z.input<typeof PaymentSchema>;

// Response shapes of /api/v1, for the OpenAPI document only.
const money = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .meta({ description: "Euro, two decimals" });

export const InstalmentList = z
  .object({
    stato: z.string(),
    dataInizio: z.iso.date().nullable(),
    dataFine: z.iso.date().nullable().meta({ description: "Last day covered by the benefit" }),
    canPay: z.boolean().meta({ description: "Whether the user may record liquidazioni now" }),
    rows: z.array(
      z.object({
        id: z.uuid(),
        progressivo: z.number().int(),
        competenza: z.iso.date().meta({ description: "First day of the month it is for" }),
        importo: money,
        ore: z.string().nullable(),
        liquidataIl: z.iso.datetime().nullable(),
        liquidataDa: z.string().nullable(),
        riferimento: z.string().nullable(),
      }),
    ),
    totals: z.object({ scheduled: money, paid: money, remaining: money }),
  })
  .meta({ id: "InstalmentList" });

export const PaymentRecorded = z
  .object({ id: z.uuid(), importo: money, liquidataIl: z.iso.datetime() })
  .meta({ id: "PaymentRecorded" });
