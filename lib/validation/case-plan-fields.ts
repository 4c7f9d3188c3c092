import { z } from "zod";
import { romeDate } from "@/lib/domain/dates";
import { isIsoDate } from "@/lib/domain/eligibility";

/** Field errors keyed by the whole path ("voci.mobilita", "obiettivi.0.descrizione"); "_" for the object. */
export function fieldErrorsByPath(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    const message =
      issue.code === "unrecognized_keys"
        ? `Campi non previsti: ${issue.keys.join(", ")}.`
        : issue.message;
    out[key] = [...(out[key] ?? []), message];
  }
  return out;
}

/** A real calendar date YYYY-MM-DD. */
export function isoDate(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine(isIsoDate, "Inserisci una data valida.")
    .meta({ description: "Data YYYY-MM-DD" });
}

/** A real calendar date, not after today (in Italy). */
export function pastIsoDate(missing: string, future: string) {
  return isoDate(missing).refine((d) => d <= romeDate(new Date()), future);
}

/** An optional date: empty text and null are "not given". */
export function optionalIsoDate() {
  return z
    .string({ error: "Inserisci una data valida." })
    .trim()
    .nullable()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isIsoDate(v), "Inserisci una data valida.")
    .meta({ description: "Data YYYY-MM-DD, facoltativa" });
}

/** Required free text, trimmed, within `max` characters. */
export function requiredText(missing: string, max: number) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `Al massimo ${max} caratteri.`);
}

/** Optional free text: empty is "not given". */
export function optionalText(max: number) {
  return z
    .string({ error: "Testo non valido." })
    .trim()
    .max(max, `Al massimo ${max} caratteri.`)
    .nullable()
    .optional()
    .transform((v) => (v ? v : undefined));
}

/** An optional id: empty text and null are "not given". */
export function optionalId(invalid: string) {
  return z
    .union([z.uuid({ error: invalid }), z.literal(""), z.null()], { error: invalid })
    .optional()
    .transform((v) => (v ? v : undefined));
}
