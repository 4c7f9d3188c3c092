import { z } from "zod";
import type { CopaymentParams } from "@/lib/domain/copayment";
import {
  DISABILITY_CODES,
  type DisabilityCode,
  ELIGIBILITY_RULE_TYPE_LABELS,
  type EligibilityRule,
  ISEE_KINDS,
  REPEATABLE_ELIGIBILITY_RULE_TYPES,
} from "@/lib/domain/eligibility";
import { formatEuro } from "@/lib/domain/format";
import { SCORING_RULE_TYPE_LABELS, type ScoringRule } from "@/lib/domain/scoring";

/**
 * Schemas of a bando's rules (eligibility, scoring, co-payment): a rule definition that the
 * engines in lib/domain could not read, or that makes no sense, is refused with an Italian
 * message. The inferred types are checked, at compile time, to equal the domain types.
 */

const MAX_ISEE = 200_000;
const MAX_POINTS = 1_000;
const MAX_TARIFF = 10_000;

const hasTwoDecimals = (v: number) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6;

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;

function euro(what: string, opts: { positive: boolean; max: number }) {
  const amount = z.number({ error: `${what}: inserisci un importo in euro.` });
  return (
    opts.positive
      ? amount.gt(0, `${what} deve essere maggiore di zero.`)
      : amount.min(0, `${what} non può essere inferiore a zero.`)
  )
    .max(opts.max, `${what} non può superare ${formatEuro(opts.max)}.`)
    .refine(hasTwoDecimals, `${what}: al massimo due decimali.`);
}

function points(what: string) {
  return z
    .number({ error: `${what}: inserisci un numero di punti.` })
    .min(0, `${what}: i punti non possono essere negativi.`)
    .max(MAX_POINTS, `${what}: al massimo ${MAX_POINTS} punti.`)
    .refine(hasTwoDecimals, `${what}: al massimo due decimali.`);
}

function wholeAge(what: string) {
  return z
    .number({ error: `${what}: inserisci un numero di anni.` })
    .int(`${what}: inserisci un numero intero di anni.`)
    .min(0, `${what} non può essere negativa.`)
    .max(120, `${what}: al massimo 120 anni.`);
}

const iseeKinds = (what: string) =>
  z
    .array(z.enum(ISEE_KINDS, { error: "Tipo di ISEE sconosciuto." }), {
      error: `${what}: indica i tipi di ISEE accettati.`,
    })
    .min(1, `${what}: indica almeno un tipo di ISEE.`)
    .refine(unique, `${what}: un tipo di ISEE è ripetuto.`);

const uuids = (what: string, invalid: string) =>
  z
    .array(z.uuid({ error: invalid }), { error: `Indica ${what}.` })
    .min(1, `Indica almeno ${what === "i comuni" ? "un comune" : "una misura"}.`)
    .max(200, `Troppi elementi in ${what} (al massimo 200).`)
    .refine(unique, `Un elemento di ${what} è ripetuto.`);

/** A strict object whose unknown fields are refused in Italian. */
function strict<S extends z.core.$ZodLooseShape>(shape: S, unknown = "Campi non previsti") {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `${unknown}: ${issue.keys.join(", ")}.` : undefined,
  });
}

// ——— Eligibility ———

const IseeRuleSchema = strict({
  type: z.literal("isee"),
  kinds: iseeKinds("ISEE"),
  max: euro("L'ISEE massimo", { positive: true, max: MAX_ISEE }),
  minorsKinds: iseeKinds("ISEE per i minorenni").optional(),
  minorsMax: euro("L'ISEE massimo per i minorenni", { positive: true, max: MAX_ISEE }).optional(),
});

const IseeValidRuleSchema = strict({ type: z.literal("isee_valid") });

const ResidenceRuleSchema = strict({
  type: z.literal("residence"),
  comuni: uuids("i comuni", "Comune non valido.").optional(),
});

const AGE_ON_ERROR =
  "Data di riferimento dell'età: «application» (data della domanda) o una data valida AAAA-MM-GG.";

const AgeRuleSchema = strict({
  type: z.literal("age"),
  min: wholeAge("L'età minima").optional(),
  max: wholeAge("L'età massima").optional(),
  on: z.union([z.literal("application"), z.iso.date({ error: AGE_ON_ERROR })], {
    error: AGE_ON_ERROR,
  }),
}).superRefine((rule, ctx) => {
  if (rule.min === undefined && rule.max === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["min"],
      message: "Indica l'età minima, la massima o entrambe.",
    });
  }
  if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
    ctx.addIssue({
      code: "custom",
      path: ["min"],
      message: "L'età minima non può superare l'età massima.",
    });
  }
});

const DisabilityRuleSchema = strict({
  type: z.literal("disability"),
  anyOf: z
    .array(z.enum(DISABILITY_CODES, { error: "Condizione di disabilità sconosciuta." }), {
      error: "Indica le condizioni di disabilità ammesse.",
    })
    .min(1, "Indica almeno una condizione di disabilità.")
    .refine(unique, "Una condizione di disabilità è ripetuta."),
});

const AtHomeRuleSchema = strict({ type: z.literal("at_home") });

const NotReceivingRuleSchema = strict({
  type: z.literal("not_receiving"),
  measureIds: uuids("le misure incompatibili", "Misura non valida."),
});

const DeclarationRuleSchema = strict({
  type: z.literal("declaration"),
  id: z
    .string({ error: "Indica il codice della dichiarazione." })
    .trim()
    .min(1, "Indica il codice della dichiarazione.")
    .max(100, "Il codice della dichiarazione ha al massimo 100 caratteri."),
  text: z
    .string({ error: "Scrivi il testo della dichiarazione." })
    .trim()
    .min(1, "Scrivi il testo della dichiarazione.")
    .max(500, "Il testo della dichiarazione ha al massimo 500 caratteri."),
});

export const EligibilityRuleSchema = z.discriminatedUnion(
  "type",
  [
    IseeRuleSchema,
    IseeValidRuleSchema,
    ResidenceRuleSchema,
    AgeRuleSchema,
    DisabilityRuleSchema,
    AtHomeRuleSchema,
    NotReceivingRuleSchema,
    DeclarationRuleSchema,
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union"
        ? "Tipo di regola sconosciuto."
        : "Ogni regola deve essere un oggetto con un tipo.",
  },
);

export const EligibilityRulesSchema = z
  .array(EligibilityRuleSchema, { error: "Le regole di ammissibilità devono essere un elenco." })
  .max(30, "Al massimo 30 regole di ammissibilità.")
  .superRefine((rules, ctx) => {
    const seenTypes = new Set<string>();
    const seenDeclarations = new Set<string>();
    rules.forEach((rule, i) => {
      if (!REPEATABLE_ELIGIBILITY_RULE_TYPES.includes(rule.type)) {
        if (seenTypes.has(rule.type)) {
          ctx.addIssue({
            code: "custom",
            path: [i, "type"],
            message: `La regola «${ELIGIBILITY_RULE_TYPE_LABELS[rule.type]}» è ripetuta: può comparire una sola volta.`,
          });
        }
        seenTypes.add(rule.type);
      }
      if (rule.type === "declaration") {
        if (seenDeclarations.has(rule.id)) {
          ctx.addIssue({
            code: "custom",
            path: [i, "id"],
            message: `Il codice di dichiarazione «${rule.id}» è ripetuto.`,
          });
        }
        seenDeclarations.add(rule.id);
      }
    });
  });

// ——— Scoring ———

const IseeBandRuleSchema = strict({
  type: z.literal("isee_band"),
  bands: z
    .array(
      strict({
        upTo: euro("La soglia della fascia ISEE", { positive: true, max: MAX_ISEE }),
        points: points("Fascia ISEE"),
      }),
      { error: "Indica le fasce ISEE." },
    )
    .min(1, "Indica almeno una fascia ISEE.")
    .max(20, "Al massimo 20 fasce ISEE.")
    .refine(
      (bands) => bands.every((b, i) => i === 0 || (bands[i - 1]?.upTo ?? 0) < b.upTo),
      "Le fasce ISEE vanno elencate con soglie crescenti e diverse.",
    ),
});

const HouseholdRuleSchema = strict({
  type: z.literal("household"),
  perMember: points("Punti per componente"),
  max: points("Massimo per il nucleo").optional(),
});

// One optional field per condition, so that an unknown condition is refused by name.
const disabilityPointsShape = Object.fromEntries(
  DISABILITY_CODES.map((code) => [code, points("Disabilità").optional()]),
) as { [K in DisabilityCode]: z.ZodOptional<ReturnType<typeof points>> };

const DisabilityScoreRuleSchema = strict({
  type: z.literal("disability"),
  points: strict(disabilityPointsShape, "Condizione di disabilità sconosciuta").refine(
    (p) => Object.values(p).some((v) => v !== undefined),
    "Indica i punti di almeno una condizione di disabilità.",
  ),
});

const LivesAloneRuleSchema = strict({
  type: z.literal("lives_alone"),
  points: points("Vive solo"),
});

const AgeScoreRuleSchema = strict({
  type: z.literal("age"),
  bands: z
    .array(strict({ from: wholeAge("L'età della fascia"), points: points("Fascia d'età") }), {
      error: "Indica le fasce d'età.",
    })
    .min(1, "Indica almeno una fascia d'età.")
    .max(20, "Al massimo 20 fasce d'età.")
    .refine(
      (bands) => bands.every((b, i) => i === 0 || (bands[i - 1]?.from ?? 0) < b.from),
      "Le fasce d'età vanno elencate con età crescenti e diverse.",
    ),
});

const AssessmentRuleSchema = strict({
  type: z.literal("assessment"),
  max: points("Valutazione dell'assistente sociale").refine(
    (v) => v > 0,
    "Valutazione dell'assistente sociale: il massimo deve essere maggiore di zero.",
  ),
});

export const ScoringRuleSchema = z.discriminatedUnion(
  "type",
  [
    IseeBandRuleSchema,
    HouseholdRuleSchema,
    DisabilityScoreRuleSchema,
    LivesAloneRuleSchema,
    AgeScoreRuleSchema,
    AssessmentRuleSchema,
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union"
        ? "Tipo di criterio di punteggio sconosciuto."
        : "Ogni criterio deve essere un oggetto con un tipo.",
  },
);

export const ScoringRulesSchema = z
  .array(ScoringRuleSchema, { error: "I criteri di punteggio devono essere un elenco." })
  .max(20, "Al massimo 20 criteri di punteggio.")
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.type)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "type"],
          message: `Il criterio «${SCORING_RULE_TYPE_LABELS[rule.type]}» è ripetuto: può comparire una sola volta.`,
        });
      }
      seen.add(rule.type);
    });
  });

// ——— Co-payment ———

export const CopaymentSchema = strict({
  iseeMin: euro("L'ISEE minimo", { positive: false, max: MAX_ISEE }),
  iseeMax: euro("L'ISEE massimo", { positive: false, max: MAX_ISEE }),
  tMin: euro("La tariffa minima", { positive: false, max: MAX_TARIFF }),
  tMax: euro("La tariffa massima", { positive: false, max: MAX_TARIFF }),
  exemptBelowMin: z.boolean({ error: "Indica se sotto la soglia minima si è esenti." }).optional(),
}).superRefine((p, ctx) => {
  if (p.iseeMin >= p.iseeMax) {
    ctx.addIssue({
      code: "custom",
      path: ["iseeMax"],
      message: "L'ISEE massimo deve essere maggiore dell'ISEE minimo.",
    });
  }
  if (p.tMin > p.tMax) {
    ctx.addIssue({
      code: "custom",
      path: ["tMax"],
      message: "La tariffa massima non può essere inferiore alla tariffa minima.",
    });
  }
});

// ——— The inferred types are the domain types ———

// Exact equality (not mere mutual assignability): an optional field on one side only fails.
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const BANDO_RULE_TYPES_MATCH = {
  eligibility: true satisfies Equals<z.output<typeof EligibilityRuleSchema>, EligibilityRule>,
  scoring: true satisfies Equals<z.output<typeof ScoringRuleSchema>, ScoringRule>,
  copayment: true satisfies Equals<z.output<typeof CopaymentSchema>, CopaymentParams>,
} as const;
