import {
  DISABILITY_LABELS,
  DISABILITY_REQUIREMENT_LABELS,
  type DisabilityCode,
  expandDisabilities,
} from "./eligibility";
import { formatEuro } from "./format";

/**
 * Ranking (graduatoria) of the applications to a bando: the scoring rules are data
 * (validated by lib/validation/bando-rules.ts); each application gets one line per rule.
 */

export const SCORING_RULE_TYPES = [
  "isee_band",
  "household",
  "disability",
  "lives_alone",
  "age",
  "assessment",
] as const;

export type ScoringRuleType = (typeof SCORING_RULE_TYPES)[number];

export const SCORING_RULE_TYPE_LABELS: Record<ScoringRuleType, string> = {
  isee_band: "Fascia ISEE",
  household: "Nucleo familiare",
  disability: "Disabilità",
  lives_alone: "Vive solo",
  age: "Età",
  assessment: "Valutazione dell'assistente sociale",
};

export type ScoringRule =
  | {
      /** The first band (by increasing `upTo`) with ISEE ≤ upTo gives its points; above all, 0. */
      type: "isee_band";
      bands: { upTo: number; points: number }[];
    }
  | {
      /** perMember × members of the household (applicant included), capped at max. */
      type: "household";
      perMember: number;
      max?: number;
    }
  | {
      /** The highest of the points of the conditions met (implied ones included). */
      type: "disability";
      points: Partial<Record<DisabilityCode, number>>;
    }
  | { type: "lives_alone"; points: number }
  | {
      /** The band with the highest `from` ≤ age gives its points; below all, 0. */
      type: "age";
      bands: { from: number; points: number }[];
    }
  | {
      /** The social worker's assessment, 0..max points, given in the application. */
      type: "assessment";
      max: number;
    };

/** Facts for scoring; null = not known, which scores 0. */
export type ScoringFacts = {
  /** Euro, the ISEE that counted for eligibility. */
  iseeValue: number | null;
  /** Members of the household, the applicant included. */
  householdSize: number | null;
  disabilities: DisabilityCode[] | null;
  livesAlone: boolean | null;
  /** Whole years on the bando's reference date (see ageInYears). */
  age: number | null;
  /** The social worker's assessment. */
  assessment: number | null;
};

export type ScoreLine = {
  type: ScoringRuleType;
  /** What was scored (Italian). */
  rule: string;
  /** The value found (Italian). */
  found: string;
  points: number;
};

export type ScoreResult = { total: number; lines: ScoreLine[] };

/** Rounded to 2 decimals, so that sums of fractional points compare equal. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function pointsText(points: number): string {
  const text = String(round2(points)).replace(".", ",");
  return `${text} ${points === 1 ? "punto" : "punti"}`;
}

type Line = Omit<ScoreLine, "type">;

function scoreRule(rule: ScoringRule, facts: ScoringFacts): Line {
  switch (rule.type) {
    case "isee_band": {
      const bands = [...rule.bands].sort((a, b) => a.upTo - b.upTo);
      const text = `Fasce ISEE: ${bands.map((b) => `fino a ${formatEuro(b.upTo)} ${pointsText(b.points)}`).join("; ")}`;
      if (facts.iseeValue === null) return { rule: text, found: "ISEE non presentato", points: 0 };
      const value = facts.iseeValue;
      const band = bands.find((b) => value <= b.upTo);
      return {
        rule: text,
        found: `ISEE ${formatEuro(value)}${band ? "" : ", oltre l'ultima fascia"}`,
        points: band?.points ?? 0,
      };
    }
    case "household": {
      const text = `Nucleo familiare: ${pointsText(rule.perMember)} per componente${rule.max === undefined ? "" : `, al massimo ${pointsText(rule.max)}`}`;
      const size = facts.householdSize;
      if (size === null)
        return { rule: text, found: "Composizione del nucleo non nota", points: 0 };
      const raw = Math.max(0, size) * rule.perMember;
      return {
        rule: text,
        found: `${size} ${size === 1 ? "componente" : "componenti"}`,
        points: round2(rule.max === undefined ? raw : Math.min(raw, rule.max)),
      };
    }
    case "disability": {
      const entries = Object.entries(rule.points) as [DisabilityCode, number][];
      const text = `Disabilità: ${entries.map(([c, p]) => `${DISABILITY_REQUIREMENT_LABELS[c]} ${pointsText(p)}`).join("; ")}`;
      const own = facts.disabilities;
      if (own === null)
        return { rule: text, found: "Condizione di disabilità non nota", points: 0 };
      if (own.length === 0)
        return { rule: text, found: "Nessuna condizione di disabilità", points: 0 };
      const met = expandDisabilities(own);
      let points = 0;
      for (const [code, p] of entries) if (met.has(code) && p > points) points = p;
      return { rule: text, found: own.map((c) => DISABILITY_LABELS[c]).join("; "), points };
    }
    case "lives_alone": {
      const text = `Vive solo: ${pointsText(rule.points)}`;
      if (facts.livesAlone === null) return { rule: text, found: "Non noto", points: 0 };
      return facts.livesAlone
        ? { rule: text, found: "Vive solo", points: rule.points }
        : { rule: text, found: "Non vive solo", points: 0 };
    }
    case "age": {
      const bands = [...rule.bands].sort((a, b) => a.from - b.from);
      const text = `Età: ${bands.map((b) => `da ${b.from} anni ${pointsText(b.points)}`).join("; ")}`;
      if (facts.age === null) return { rule: text, found: "Età non nota", points: 0 };
      const age = facts.age;
      const band = bands.filter((b) => b.from <= age).pop();
      return {
        rule: text,
        found: `${age} ${age === 1 ? "anno" : "anni"}`,
        points: band?.points ?? 0,
      };
    }
    case "assessment": {
      const text = `Valutazione dell'assistente sociale: da 0 a ${pointsText(rule.max)}`;
      const value = facts.assessment;
      if (value === null || !Number.isFinite(value)) {
        return { rule: text, found: "Valutazione non espressa", points: 0 };
      }
      const points = round2(Math.min(Math.max(value, 0), rule.max));
      const clamped = points !== value ? ` (ricondotta a ${pointsText(points)})` : "";
      return { rule: text, found: `${pointsText(value)}${clamped}`, points };
    }
  }
}

/** Points of one application: one line per rule, in the order of the rules. */
export function scoreApplication(rules: readonly ScoringRule[], facts: ScoringFacts): ScoreResult {
  const lines = rules.map((rule) => ({ type: rule.type, ...scoreRule(rule, facts) }));
  return { total: round2(lines.reduce((sum, l) => sum + l.points, 0)), lines };
}

export type RankableApplication = {
  id: string;
  /** Sequence of the protocol number: lower = filed earlier. */
  protocolSeq: number;
  iseeValue: number | null;
  score: number;
};

/**
 * The graduatoria: higher score first; ties broken by lower ISEE (no ISEE last), then
 * earlier protocol, then id (only so that the order is always the same). Returns a new array.
 */
export function rankApplications<T extends RankableApplication>(apps: readonly T[]): T[] {
  return [...apps].sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    if (a.iseeValue !== b.iseeValue) {
      if (a.iseeValue === null) return 1;
      if (b.iseeValue === null) return -1;
      return a.iseeValue - b.iseeValue;
    }
    if (a.protocolSeq !== b.protocolSeq) return a.protocolSeq - b.protocolSeq;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export type Allocation = {
  approved: string[];
  waiting: string[];
  /** Budget left after the approved ones, in cents. */
  remainingCents: number;
};

/**
 * Funds the applications in the given (ranked) order while the remaining budget covers the
 * amount. Policy: STOP at the first application that does not fit: it and every one after it
 * go to the waiting list, even if a later, smaller one would fit (the graduatoria is not
 * skipped over). Amounts are whole cents; throws RangeError otherwise.
 */
export function allocate<T extends { id: string }>(
  ranked: readonly T[],
  budgetCents: number,
  amountCentsOf: (app: T) => number,
): Allocation {
  if (!Number.isSafeInteger(budgetCents) || budgetCents < 0) {
    throw new RangeError(`Budget non valido: ${budgetCents} centesimi.`);
  }
  const approved: string[] = [];
  const waiting: string[] = [];
  let remaining = budgetCents;
  let stopped = false;
  for (const app of ranked) {
    const amount = amountCentsOf(app);
    if (!Number.isSafeInteger(amount) || amount < 0) {
      throw new RangeError(`Importo non valido per la domanda ${app.id}: ${amount} centesimi.`);
    }
    if (!stopped && amount <= remaining) {
      approved.push(app.id);
      remaining -= amount;
    } else {
      stopped = true;
      waiting.push(app.id);
    }
  }
  return { approved, waiting, remainingCents: remaining };
}
