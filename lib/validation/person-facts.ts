import { z } from "zod";
import { romeDate } from "@/lib/domain/dates";
import { DISABILITY_CODES, ISEE_KINDS, isIsoDate } from "@/lib/domain/eligibility";
import { ISEE_RULE_SINCE } from "@/lib/domain/isee";

/**
 * The facts about a person that the bandi rules read: ISEE attestations, disability
 * certifications, household and living conditions. One schema each for the forms, their
 * server actions and the API.
 */

export const ISEE_MAX = 1_000_000;
export const ISE_MAX = 10_000_000;
export const SCALA_MAX = 50;

/** The INPS protocol of a DSU: INPS-ISEE-<year>-<8–10 letters or digits>-<2 digits>. */
export const DSU_PROTOCOL = /^INPS-ISEE-(\d{4})-[0-9A-Z]{8,10}-\d{2}$/;

/**
 * A decimal from a JSON number or from text as it is written in Italy ("8.500,50", "8500,5")
 * or with a decimal point ("8500.50"); null when it cannot be read.
 */
function decimalText(raw: number | string): string | null {
  if (typeof raw === "number") {
    const s = String(raw);
    return Number.isFinite(raw) && /^-?\d+(\.\d+)?$/.test(s) ? s : null;
  }
  const s = raw.replace(/[\s€]/g, "");
  const sign = s.startsWith("-") ? "-" : "";
  const body = s.slice(sign.length);
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body))
    return sign + body.replaceAll(".", "").replace(",", ".");
  if (/^\d+([.,]\d+)?$/.test(body)) return sign + body.replace(",", ".");
  return null;
}

type Bounds = { what: string; min: number; max: number; maxText: string };

/** A non-empty decimal within bounds and with at most two decimals, as "1234.50". */
function readDecimal(raw: number | string, b: Bounds, ctx: z.RefinementCtx): string | null {
  const text = decimalText(raw);
  const fail = (message: string) => {
    ctx.addIssue({ code: "custom", message });
    return null;
  };
  if (text === null) return fail(`${b.what}: inserisci un numero, ad esempio 8500,50.`);
  const decimals = text.split(".")[1] ?? "";
  if (decimals.length > 2) return fail(`${b.what}: al massimo due decimali.`);
  const value = Number(text);
  if (value < 0) return fail(`${b.what} non può essere negativo.`);
  if (value < b.min) return fail(`${b.what} deve essere almeno ${b.min}.`);
  if (value > b.max) return fail(`${b.what} supera il massimo ammesso (${b.maxText}).`);
  return value.toFixed(2);
}

const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && !v.trim());

const DECIMAL_DOC = {
  description: "Numero, o testo scritto all'italiana (8.500,50); due decimali",
};

function requiredDecimal(b: Bounds, missing: string) {
  return z
    .union([z.number(), z.string()], { error: missing })
    .meta(DECIMAL_DOC)
    .transform((raw, ctx) => {
      if (isBlank(raw)) {
        ctx.addIssue({ code: "custom", message: missing });
        return z.NEVER;
      }
      return readDecimal(raw, b, ctx) ?? z.NEVER;
    });
}

function optionalDecimal(b: Bounds) {
  return z
    .union([z.number(), z.string(), z.null()], { error: `${b.what}: inserisci un numero.` })
    .meta(DECIMAL_DOC)
    .optional()
    .transform((raw, ctx) => {
      if (isBlank(raw)) return undefined;
      return readDecimal(raw as number | string, b, ctx) ?? z.NEVER;
    });
}

/** A real calendar date, not after today (in Italy). */
function pastDate(missing: string, future: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine(isIsoDate, "Inserisci una data valida.")
    .refine((d) => d <= romeDate(new Date()), future)
    .meta({ description: "Data YYYY-MM-DD, non futura" });
}

function optionalDate() {
  return z
    .string({ error: "Inserisci una data valida." })
    .trim()
    .nullable()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isIsoDate(v), "Inserisci una data valida.")
    .meta({ description: "Data YYYY-MM-DD, facoltativa" });
}

/** A new ISEE attestation; its expiry and DSU year are computed from the kind and the filing date. */
export const IseeAttestationCreateSchema = z
  .object({
    tipo: z.enum(ISEE_KINDS, { error: "Scegli il tipo di ISEE." }),
    valore: requiredDecimal(
      { what: "Il valore ISEE", min: 0, max: ISEE_MAX, maxText: "1.000.000 €" },
      "Inserisci il valore ISEE.",
    ),
    ise: optionalDecimal({ what: "L'ISE", min: 0, max: ISE_MAX, maxText: "10.000.000 €" }),
    scalaEquivalenza: optionalDecimal({
      what: "La scala di equivalenza",
      min: 1,
      max: SCALA_MAX,
      maxText: String(SCALA_MAX),
    }),
    protocolloDsu: z
      .string({ error: "Inserisci il protocollo della DSU." })
      .trim()
      .toUpperCase()
      .min(1, "Inserisci il protocollo della DSU.")
      .max(30, "Al massimo 30 caratteri.")
      .regex(DSU_PROTOCOL, "Protocollo non valido: il formato è INPS-ISEE-2026-00012345X-00."),
    dataPresentazione: pastDate(
      "Inserisci la data di presentazione della DSU.",
      "La data di presentazione non può essere futura.",
    ).refine(
      (d) => d >= ISEE_RULE_SINCE,
      "Le DSU presentate prima del 2020 sono scadute: non occorre registrarle.",
    ),
  })
  .strict()
  .superRefine((v, ctx) => {
    // ISEE = ISE / scala di equivalenza, and the scala is at least 1.
    if (typeof v.ise === "string" && typeof v.valore === "string") {
      if (Number(v.ise) < Number(v.valore))
        ctx.addIssue({
          code: "custom",
          path: ["ise"],
          message: "L'ISE non può essere inferiore al valore ISEE.",
        });
    }
    const year = DSU_PROTOCOL.exec(v.protocolloDsu ?? "")?.[1];
    const filed = v.dataPresentazione ?? "";
    const filedOk = isIsoDate(filed) && filed >= ISEE_RULE_SINCE && filed <= romeDate(new Date());
    if (year && filedOk && year !== filed.slice(0, 4))
      ctx.addIssue({
        code: "custom",
        path: ["protocolloDsu"],
        message: `L'anno del protocollo (${year}) non corrisponde a quello di presentazione (${filed.slice(0, 4)}).`,
      });
  });

export type IseeAttestationCreateInput = z.input<typeof IseeAttestationCreateSchema>;
export type IseeAttestationCreate = z.output<typeof IseeAttestationCreateSchema>;

export const DisabilityCertificationCreateSchema = z
  .object({
    codice: z.enum(DISABILITY_CODES, { error: "Scegli la condizione certificata." }),
    dataRilascio: pastDate(
      "Inserisci la data di rilascio.",
      "La data di rilascio non può essere futura.",
    ).refine((d) => d >= "1900-01-01", "Inserisci una data valida."),
    scadenza: optionalDate(),
    ente: z
      .string({ error: "Indica l'ente che ha rilasciato la certificazione." })
      .trim()
      .max(200, "Al massimo 200 caratteri.")
      .optional()
      .transform((v) => v ?? ""),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.scadenza && isIsoDate(v.dataRilascio ?? "") && v.scadenza < v.dataRilascio)
      ctx.addIssue({
        code: "custom",
        path: ["scadenza"],
        message: "La revisione non può precedere il rilascio.",
      });
  });

export type DisabilityCertificationCreateInput = z.input<
  typeof DisabilityCertificationCreateSchema
>;
export type DisabilityCertificationCreate = z.output<typeof DisabilityCertificationCreateSchema>;

const yesNoUnknown = (missing: string) => z.boolean({ error: missing }).nullable();

/** Household and living conditions; null = not known. Every field is sent, as a whole. */
export const LivingConditionsSchema = z
  .object({
    componentiNucleo: z
      .number({ error: "Indica il numero di componenti del nucleo (o lascia vuoto)." })
      .int("Un numero intero di persone.")
      .min(1, "Il nucleo ha almeno un componente.")
      .max(30, "Al massimo 30 componenti.")
      .nullable(),
    viveSolo: yesNoUnknown("Indica se la persona vive sola."),
    alDomicilio: yesNoUnknown("Indica se la persona vive al proprio domicilio."),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.viveSolo === true && typeof v.componentiNucleo === "number" && v.componentiNucleo > 1)
      ctx.addIssue({
        code: "custom",
        path: ["viveSolo"],
        message: `Chi vive solo ha un nucleo di un componente, non di ${v.componentiNucleo}.`,
      });
  });

export type LivingConditions = z.output<typeof LivingConditionsSchema>;

// Response shapes of the /api/v1/persons/{id} facts routes, used only to document them in OpenAPI.
const euro = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .meta({ description: "Euro, due decimali" });

export const IseeAttestationResponse = z
  .object({
    id: z.uuid(),
    tipo: z.enum(ISEE_KINDS),
    valore: euro,
    ise: euro.nullable(),
    scalaEquivalenza: z.string().nullable(),
    protocolloDsu: z.string(),
    dataPresentazione: z.iso.date(),
    scadenza: z.iso.date().meta({ description: "Ultimo giorno di validità, calcolato" }),
    annoDsu: z.number().int(),
    expired: z.boolean().meta({ description: "Scaduta oggi (ora italiana)" }),
    current: z
      .boolean()
      .meta({ description: "L'attestazione valida più recente del suo tipo: quella che conta" }),
  })
  .meta({ id: "IseeAttestation" });

export const DisabilityCertificationResponse = z
  .object({
    id: z.uuid(),
    codice: z.enum(DISABILITY_CODES),
    dataRilascio: z.iso.date(),
    scadenza: z.iso.date().nullable().meta({ description: "Data di revisione, se prevista" }),
    ente: z.string(),
    expired: z.boolean().meta({ description: "La data di revisione è passata" }),
  })
  .meta({ id: "DisabilityCertification" });

export const LivingConditionsResponse = z
  .object({
    componentiNucleo: z.number().int().nullable(),
    viveSolo: z.boolean().nullable(),
    alDomicilio: z.boolean().nullable(),
    aggiornateIl: z.iso.datetime().nullable(),
  })
  .meta({ id: "LivingConditions" });
