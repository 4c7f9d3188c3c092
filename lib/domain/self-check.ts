import {
  type Applicant,
  type DisabilityCode,
  type EligibilityResult,
  type EligibilityRule,
  evaluateEligibility,
  type IseeKind,
  type IsoDate,
  isIsoDate,
} from "./eligibility";

/**
 * The public self-check: a citizen's answers become the engine's Applicant, and the same
 * eligibility engine the Ufficio di Piano runs (eligibility.ts) checks them against each open
 * bando. Pure: nothing is stored, nothing leaves this function but the result.
 */

export type SelfCheckAnswers = {
  /** A comune of the ambito, or null for one outside it. */
  comuneId: string | null;
  age: number;
  /** The valid ISEE the citizen holds, if any. */
  isee: { kind: IseeKind; value: number } | null;
  /** null = "I don't know". */
  disabilities: DisabilityCode[] | null;
  /** null = "I don't know". */
  livesAtHome: boolean | null;
  /** Measures already received. */
  receiving: string[];
  /** Ids of the declarations the citizen can make. */
  declarations: string[];
};

/**
 * A birth date giving exactly `age` whole years today: the same day `age` years ago (28
 * February for someone asking on 29 February, when that year had none).
 */
export function birthDateForAge(age: number, today: IsoDate): IsoDate {
  const year = String(Number(today.slice(0, 4)) - age).padStart(4, "0");
  const date = `${year}${today.slice(4)}`;
  return isIsoDate(date) ? date : `${year}-02-28`;
}

/** The ids of the declarations the bandi ask for, each with its text, once. */
export function declarationsOf(rules: readonly EligibilityRule[]): { id: string; text: string }[] {
  const seen = new Map<string, string>();
  for (const r of rules) if (r.type === "declaration" && !seen.has(r.id)) seen.set(r.id, r.text);
  return [...seen].map(([id, text]) => ({ id, text }));
}

/** The measures the bandi's "not receiving" rules name, once. */
export function incompatibleMeasuresOf(rules: readonly EligibilityRule[]): string[] {
  return [...new Set(rules.flatMap((r) => (r.type === "not_receiving" ? r.measureIds : [])))];
}

/**
 * The applicant the answers describe today: an ISEE filed today and valid to the end of the
 * year, the declarations asked by `rules` answered yes when ticked and no otherwise.
 */
export function applicantFromAnswers(
  a: SelfCheckAnswers,
  today: IsoDate,
  ambitoComuneIds: string[],
  rules: readonly EligibilityRule[],
): Applicant {
  return {
    birthDate: birthDateForAge(a.age, today),
    residenceComuneId: a.comuneId,
    ambitoComuneIds,
    iseeAttestations: a.isee
      ? [
          {
            kind: a.isee.kind,
            value: a.isee.value,
            filedOn: today,
            expiresOn: `${today.slice(0, 4)}-12-31`,
          },
        ]
      : [],
    disabilities: a.disabilities,
    livesAtHome: a.livesAtHome,
    activeMeasureIds: a.receiving,
    declarations: Object.fromEntries(
      declarationsOf(rules).map((d) => [d.id, a.declarations.includes(d.id)]),
    ),
  };
}

/** Runs the engine on each bando for the answers, as if the application were made today. */
export function runSelfCheck<B extends { id: string; regoleAmmissione: EligibilityRule[] }>(
  bandi: readonly B[],
  answers: SelfCheckAnswers,
  today: IsoDate,
  ambitoComuneIds: string[],
): { bando: B; result: EligibilityResult }[] {
  return bandi.map((bando) => ({
    bando,
    result: evaluateEligibility(
      bando.regoleAmmissione,
      applicantFromAnswers(answers, today, ambitoComuneIds, bando.regoleAmmissione),
      today,
    ),
  }));
}
