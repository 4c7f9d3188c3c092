import { monthlyAmountFor } from "./bando-amounts";
import { type CopaymentParams, type CopaymentResult, copaymentDetail } from "./copayment";
import {
  type Applicant,
  ageInYears,
  countingIsee,
  type EligibilityNames,
  type EligibilityResult,
  type EligibilityRule,
  evaluateEligibility,
  type IsoDate,
} from "./eligibility";
import { type ScoreResult, type ScoringRule, scoreApplication } from "./scoring";

/**
 * An application to a bando assessed on its filing date: eligibility with reasons, the ISEE
 * that counted, the score, the amount (one monthly amount or by ISEE tier) and, for services,
 * the user's co-payment. Pure; the data layer stores the result as the request's snapshot.
 */

export type BandoTerms = {
  regoleAmmissione: EligibilityRule[];
  regolePunteggio: ScoringRule[];
  compartecipazione: CopaymentParams | null;
  importoMensile: number | null;
  importiFasce: { iseeFino: number; importoMensile: number }[] | null;
  mesi: number | null;
};

export type ApplicantExtras = {
  householdSize: number | null;
  livesAlone: boolean | null;
  /** The social worker's assessment, for the scoring rule of that name. */
  assessment: number | null;
};

export type StoredCopayment = CopaymentResult & { isee: number | null };

export type Assessment = {
  eligibility: EligibilityResult & { on: IsoDate };
  iseeValue: number | null;
  score: ScoreResult | null;
  monthlyAmount: number | null;
  months: number | null;
  copayment: StoredCopayment | null;
};

export function assessApplication(
  bando: BandoTerms,
  applicant: Applicant,
  extras: ApplicantExtras,
  on: IsoDate,
  names: EligibilityNames = {},
): Assessment {
  const eligibility = evaluateEligibility(bando.regoleAmmissione, applicant, on, names);
  const isee = countingIsee(bando.regoleAmmissione, applicant, on);
  const iseeValue = isee?.value ?? null;
  const age = applicant.birthDate ? ageInYears(applicant.birthDate, on) : null;
  const score = bando.regolePunteggio.length
    ? scoreApplication(bando.regolePunteggio, {
        iseeValue,
        householdSize: extras.householdSize,
        disabilities: applicant.disabilities,
        livesAlone: extras.livesAlone,
        age,
        assessment: extras.assessment,
      })
    : null;
  const copayment = bando.compartecipazione
    ? { ...copaymentDetail({ ...bando.compartecipazione, isee: iseeValue }), isee: iseeValue }
    : null;
  return {
    eligibility: { ...eligibility, on },
    iseeValue,
    score,
    monthlyAmount: monthlyAmountFor(bando, iseeValue),
    months: bando.mesi,
    copayment,
  };
}
