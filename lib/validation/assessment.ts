import { z } from "zod";
import { type AssessmentItem, SINA_ITEMS, SINBA_ITEMS } from "@/lib/domain/assessment";
import { ASSESSMENT_KINDS } from "@/lib/domain/case-file";
import { pastIsoDate, requiredText } from "./case-plan-fields";

/** Every item answered with one of its INPS codes. */
function answersOf(items: readonly AssessmentItem[]) {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const item of items) {
    const codes = item.options.map((o) => o.code) as [string, ...string[]];
    shape[item.key] = z.enum(codes, { error: `Scegli una risposta per «${item.label}».` });
  }
  // Typed as what it yields: each item's code, by the item's key.
  return z
    .object(shape, { error: "Rispondi a tutte le voci della valutazione." })
    .strict() as unknown as z.ZodType<Record<string, string>, Record<string, string>>;
}

const common = {
  data: pastIsoDate(
    "Inserisci la data della valutazione.",
    "La data della valutazione non può essere futura.",
  ),
  sintesi: requiredText("Scrivi una sintesi della valutazione.", 4000),
};

/**
 * A needs assessment: SINA items for adults, SINBA items for minors (which one applies is
 * checked against the person's age on the date, in lib/data).
 */
export const AssessmentCreateSchema = z.discriminatedUnion(
  "tipo",
  [
    z.object({ tipo: z.literal("sina"), ...common, voci: answersOf(SINA_ITEMS) }).strict(),
    z.object({ tipo: z.literal("sinba"), ...common, voci: answersOf(SINBA_ITEMS) }).strict(),
  ],
  { error: "Scegli il tipo di valutazione (SINA o SINBA)." },
);
export type AssessmentCreateInput = z.input<typeof AssessmentCreateSchema>;
export type AssessmentCreate = z.output<typeof AssessmentCreateSchema>;

// Response shapes of the API, to document it in OpenAPI.
export const AssessmentSummaryOut = z
  .object({
    id: z.uuid(),
    tipo: z.enum(ASSESSMENT_KINDS),
    data: z.iso.date(),
    sintesi: z.string().nullable(),
    autore: z.string().nullable(),
  })
  .meta({ id: "AssessmentSummary" });
export const AssessmentOut = AssessmentSummaryOut.extend({
  voci: z.record(z.string(), z.string()).meta({ description: "Voce → codice INPS" }),
}).meta({ id: "Assessment" });
