import { formatDate, formatEuro } from "./format";

/**
 * Eligibility engine for bandi (titoli sociali): the rules are data (validated by
 * lib/validation/bando-rules.ts), the applicant is a set of facts on the application date,
 * and the result says, rule by rule, what was checked, the value found and the outcome.
 * Pure and deterministic: no clock, no I/O, dates are ISO calendar dates (YYYY-MM-DD).
 */

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

// Same values as the tipo_isee database enum (DPCM 159/2013).
export const ISEE_KINDS = [
  "ordinario",
  "minorenni",
  "sociosanitario",
  "sociosanitario_residenze",
  "universita",
  "corrente",
] as const;

export type IseeKind = (typeof ISEE_KINDS)[number];

export const ISEE_KIND_LABELS: Record<IseeKind, string> = {
  ordinario: "ordinario",
  minorenni: "minorenni",
  sociosanitario: "sociosanitario",
  sociosanitario_residenze: "sociosanitario residenze",
  universita: "università",
  corrente: "corrente",
};

/**
 * Disability conditions, coded as the SINA block of the SIUSS flow (codes 1–8), plus the
 * indennità di accompagnamento on its own, which B2 bandi accept as an alternative to
 * L. 104/1992 art. 3 c. 3.
 */
export const DISABILITY_CODES = [
  "invalidita_75",
  "invalidita_100_accompagnamento",
  "invalidita_100",
  "npi",
  "l104_art3c1",
  "l104_art3c3",
  "l104_art12",
  "l104_art13",
  "indennita_accompagnamento",
] as const;

export type DisabilityCode = (typeof DISABILITY_CODES)[number];

/** The SINA code of each condition; the indennità di accompagnamento alone has none. */
export const SINA_DISABILITY_CODES: Record<
  Exclude<DisabilityCode, "indennita_accompagnamento">,
  number
> = {
  invalidita_75: 1,
  invalidita_100_accompagnamento: 2,
  invalidita_100: 3,
  npi: 4,
  l104_art3c1: 5,
  l104_art3c3: 6,
  l104_art12: 7,
  l104_art13: 8,
};

/** The condition for a SINA code (1–8), or null for any other number. */
export function disabilityFromSina(code: number): DisabilityCode | null {
  for (const [key, value] of Object.entries(SINA_DISABILITY_CODES)) {
    if (value === code) return key as DisabilityCode;
  }
  return null;
}

/** Labels of a person's condition (what was found). */
export const DISABILITY_LABELS: Record<DisabilityCode, string> = {
  invalidita_75: "Invalidità civile ≥ 75%",
  invalidita_100_accompagnamento: "Invalidità civile 100% con indennità di accompagnamento",
  invalidita_100: "Invalidità civile 100% senza indennità di accompagnamento",
  npi: "Certificazione NPI (neuropsichiatria infantile)",
  l104_art3c1: "L. 104/1992 art. 3 c. 1",
  l104_art3c3: "L. 104/1992 art. 3 c. 3 (handicap grave)",
  l104_art12: "L. 104/1992 art. 12",
  l104_art13: "L. 104/1992 art. 13",
  indennita_accompagnamento: "Indennità di accompagnamento",
};

/** Labels of a requirement (what a rule asks for). */
export const DISABILITY_REQUIREMENT_LABELS: Record<DisabilityCode, string> = {
  invalidita_75: "invalidità civile ≥ 75%",
  invalidita_100_accompagnamento: "invalidità civile 100% con accompagnamento",
  invalidita_100: "invalidità civile 100%",
  npi: "certificazione NPI",
  l104_art3c1: "L. 104/1992 art. 3 c. 1",
  l104_art3c3: "L. 104/1992 art. 3 c. 3",
  l104_art12: "L. 104/1992 art. 12",
  l104_art13: "L. 104/1992 art. 13",
  indennita_accompagnamento: "indennità di accompagnamento",
};

/**
 * What a condition implies besides itself: 100% with accompagnamento is also 100%, ≥ 75% and
 * the indennità di accompagnamento; 100% is also ≥ 75%; art. 3 c. 3 (gravità) is a case of
 * art. 3 c. 1. Nothing else is inferred.
 */
export const DISABILITY_IMPLIES: Record<DisabilityCode, readonly DisabilityCode[]> = {
  invalidita_75: [],
  invalidita_100_accompagnamento: ["invalidita_100", "invalidita_75", "indennita_accompagnamento"],
  invalidita_100: ["invalidita_75"],
  npi: [],
  l104_art3c1: [],
  l104_art3c3: ["l104_art3c1"],
  l104_art12: [],
  l104_art13: [],
  indennita_accompagnamento: [],
};

/** The conditions a person meets given their recorded ones (with what these imply). */
export function expandDisabilities(codes: readonly DisabilityCode[]): Set<DisabilityCode> {
  const out = new Set<DisabilityCode>();
  for (const code of codes) {
    out.add(code);
    for (const implied of DISABILITY_IMPLIES[code]) out.add(implied);
  }
  return out;
}

export const ELIGIBILITY_RULE_TYPES = [
  "isee",
  "isee_valid",
  "residence",
  "age",
  "disability",
  "at_home",
  "not_receiving",
  "declaration",
] as const;

export type EligibilityRuleType = (typeof ELIGIBILITY_RULE_TYPES)[number];

/** Rule types a bando may list more than once; every other type at most once. */
export const REPEATABLE_ELIGIBILITY_RULE_TYPES: readonly EligibilityRuleType[] = [
  "declaration",
  "not_receiving",
];

export const ELIGIBILITY_RULE_TYPE_LABELS: Record<EligibilityRuleType, string> = {
  isee: "ISEE",
  isee_valid: "ISEE valido",
  residence: "Residenza",
  age: "Età",
  disability: "Disabilità",
  at_home: "Vita al domicilio",
  not_receiving: "Incompatibilità con altre misure",
  declaration: "Dichiarazione",
};

export type EligibilityRule =
  | {
      type: "isee";
      /** Accepted kinds; the lowest valid value among them counts. */
      kinds: IseeKind[];
      /** Maximum ISEE in euro (inclusive). */
      max: number;
      /** For applicants under 18 on the application date; defaults to `kinds`. */
      minorsKinds?: IseeKind[];
      /** For applicants under 18 on the application date; defaults to `max`. */
      minorsMax?: number;
    }
  | {
      /** An ISEE (of the kinds of the bando's isee rule, if any) valid on the application date. */
      type: "isee_valid";
    }
  | {
      type: "residence";
      /** Comune ids; absent = any comune of the ambito. */
      comuni?: string[];
    }
  | {
      type: "age";
      /** Whole years, inclusive. */
      min?: number;
      /** Whole years, inclusive (64 = not yet 65). */
      max?: number;
      /** The reference date: the application date or a fixed date (YYYY-MM-DD). */
      on: "application" | IsoDate;
    }
  | { type: "disability"; anyOf: DisabilityCode[] }
  | { type: "at_home" }
  | {
      /** Not already receiving any of these measures in the same period. */
      type: "not_receiving";
      measureIds: string[];
    }
  | { type: "declaration"; id: string; text: string };

export type IseeAttestation = {
  kind: IseeKind;
  /** Euro. */
  value: number;
  filedOn: IsoDate;
  /** Last day of validity (31 Dec of the filing year; six months for the ISEE corrente). */
  expiresOn: IsoDate;
};

/** Facts about the applicant on the application date. `null` = not known. */
export type Applicant = {
  birthDate: IsoDate | null;
  /** Comune of residence; null if outside the ambito. */
  residenceComuneId: string | null;
  /** The comuni of the ambito. */
  ambitoComuneIds: string[];
  iseeAttestations: IseeAttestation[];
  disabilities: DisabilityCode[] | null;
  livesAtHome: boolean | null;
  /** Measures the person already receives in the period of the bando. */
  activeMeasureIds: string[];
  /** Declarations by id: true ticked, false not ticked; a missing id was not asked. */
  declarations: Record<string, boolean>;
};

export type LineOutcome = "ok" | "ko" | "check";

export type EligibilityLine = {
  type: EligibilityRuleType;
  /** What was checked (Italian). */
  rule: string;
  /** The value found (Italian). */
  found: string;
  outcome: LineOutcome;
};

export type EligibilityOutcome = "eligible" | "not_eligible" | "manual_check";

export type EligibilityResult = {
  outcome: EligibilityOutcome;
  lines: EligibilityLine[];
};

export const ELIGIBILITY_OUTCOME_LABELS: Record<EligibilityOutcome, string> = {
  eligible: "Ammissibile",
  not_eligible: "Non ammissibile",
  manual_check: "Da verificare",
};

export const LINE_OUTCOME_LABELS: Record<LineOutcome, string> = {
  ok: "Soddisfatto",
  ko: "Non soddisfatto",
  check: "Da verificare",
};

/** Display names for ids; an id without a name is shown as it is. */
export type EligibilityNames = {
  comuni?: Record<string, string>;
  measures?: Record<string, string>;
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (no 31 April, no 29 Feb in a common year). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

function assertIsoDate(value: string, what: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${what}: data non valida (${value}).`);
}

/** Whole years between a birth date and a reference date (both YYYY-MM-DD). */
export function ageInYears(birthDate: IsoDate, on: IsoDate): number {
  assertIsoDate(birthDate, "Data di nascita");
  assertIsoDate(on, "Data di riferimento");
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [oy, om, od] = on.split("-").map(Number) as [number, number, number];
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age--;
  return age;
}

/**
 * Euro with two decimals, dot-grouped thousands and a no-break space before the sign:
 * "18.450,00 €". Written out by hand so that the text does not depend on the ICU version.
 */

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} o ${items[items.length - 1]}`;
}

function iseeKindsText(kinds: readonly IseeKind[]): string {
  return `ISEE ${joinOr(kinds.map((k) => ISEE_KIND_LABELS[k]))}`;
}

function attestationText(a: IseeAttestation): string {
  return `ISEE ${ISEE_KIND_LABELS[a.kind]} ${formatEuro(a.value)}`;
}

function validOn(a: IseeAttestation, date: IsoDate): boolean {
  return a.filedOn <= date && date <= a.expiresOn;
}

function nameOf(names: Record<string, string> | undefined, id: string): string {
  return names?.[id] ?? id;
}

type Line = Omit<EligibilityLine, "type">;

type Context = {
  applicationDate: IsoDate;
  names: EligibilityNames;
  /** Age on the application date; null if the birth date is unknown. */
  ageAtApplication: number | null;
  /** Kinds accepted by the bando's isee rule for this applicant, if there is one. */
  acceptedKinds: readonly IseeKind[] | null;
};

/** The ISEE settings that apply to the applicant, or null if it depends on an unknown age. */
function iseeSettingsFor(
  rule: Extract<EligibilityRule, { type: "isee" }>,
  age: number | null,
): { kinds: readonly IseeKind[]; max: number; minor: boolean } | null {
  const hasMinors = rule.minorsKinds !== undefined || rule.minorsMax !== undefined;
  if (!hasMinors) return { kinds: rule.kinds, max: rule.max, minor: false };
  if (age === null) return null;
  if (age < 18) {
    return { kinds: rule.minorsKinds ?? rule.kinds, max: rule.minorsMax ?? rule.max, minor: true };
  }
  return { kinds: rule.kinds, max: rule.max, minor: false };
}

/**
 * The attestation that counts among those of the given kinds valid on the date: the latest
 * filed of each kind (a new DSU replaces the previous one), then the lowest value.
 */
function countingAttestation(
  attestations: readonly IseeAttestation[],
  kinds: readonly IseeKind[],
  date: IsoDate,
): IseeAttestation | null {
  const latestByKind = new Map<IseeKind, IseeAttestation>();
  for (const a of attestations) {
    if (!kinds.includes(a.kind) || !validOn(a, date)) continue;
    const current = latestByKind.get(a.kind);
    if (!current || a.filedOn > current.filedOn) latestByKind.set(a.kind, a);
  }
  let best: IseeAttestation | null = null;
  for (const kind of kinds) {
    const a = latestByKind.get(kind);
    if (a && (best === null || a.value < best.value)) best = a;
  }
  return best;
}

/** Why no attestation of the kinds is valid on the date: a line with ko or check. */
function missingIsee(
  applicant: Applicant,
  kinds: readonly IseeKind[],
  date: IsoDate,
  rule: string,
): Line {
  const ofKinds = applicant.iseeAttestations
    .filter((a) => kinds.includes(a.kind))
    .sort((a, b) => (a.filedOn < b.filedOn ? 1 : a.filedOn > b.filedOn ? -1 : 0));
  const expired = ofKinds.find((a) => a.expiresOn < date);
  if (expired) {
    return {
      rule,
      found: `${attestationText(expired)} scaduto il ${formatDate(expired.expiresOn)}`,
      outcome: "ko",
    };
  }
  const later = ofKinds.find((a) => a.filedOn > date);
  if (later) {
    return {
      rule,
      found: `${attestationText(later)} presentato il ${formatDate(later.filedOn)}, dopo la data della domanda`,
      outcome: "ko",
    };
  }
  const others = applicant.iseeAttestations.filter((a) => validOn(a, date));
  const found = others.length
    ? `Nessuna attestazione ${iseeKindsText(kinds)}; presenti: ${others.map(attestationText).join("; ")}`
    : `Nessuna attestazione ${iseeKindsText(kinds)} registrata`;
  return { rule, found, outcome: "check" };
}

function ageRuleText(rule: Extract<EligibilityRule, { type: "age" }>): string {
  const when = rule.on === "application" ? "alla data della domanda" : `al ${formatDate(rule.on)}`;
  if (rule.min !== undefined && rule.max !== undefined) {
    return `Età tra ${rule.min} e ${rule.max} anni ${when}`;
  }
  if (rule.min !== undefined) return `Età di almeno ${rule.min} anni ${when}`;
  if (rule.max !== undefined) return `Età non superiore a ${rule.max} anni ${when}`;
  return `Età ${when}`;
}

function evaluateRule(rule: EligibilityRule, applicant: Applicant, ctx: Context): Line {
  switch (rule.type) {
    case "isee": {
      const settings = iseeSettingsFor(rule, ctx.ageAtApplication);
      if (settings === null) {
        return {
          rule: `${iseeKindsText(rule.kinds)} ≤ ${formatEuro(rule.max)} (minorenni: ${iseeKindsText(rule.minorsKinds ?? rule.kinds)} ≤ ${formatEuro(rule.minorsMax ?? rule.max)})`,
          found: "Data di nascita non nota: non si sa quale ISEE si applica",
          outcome: "check",
        };
      }
      const text = `${iseeKindsText(settings.kinds)} ≤ ${formatEuro(settings.max)}${settings.minor ? " (richiedente minorenne)" : ""}`;
      const a = countingAttestation(
        applicant.iseeAttestations,
        settings.kinds,
        ctx.applicationDate,
      );
      if (!a) return missingIsee(applicant, settings.kinds, ctx.applicationDate, text);
      return {
        rule: text,
        found: `${attestationText(a)} (valido fino al ${formatDate(a.expiresOn)})`,
        outcome: a.value <= settings.max ? "ok" : "ko",
      };
    }
    case "isee_valid": {
      const kinds = ctx.acceptedKinds ?? ISEE_KINDS;
      const text = ctx.acceptedKinds
        ? `${iseeKindsText(kinds)} valido alla data della domanda (${formatDate(ctx.applicationDate)})`
        : `ISEE valido alla data della domanda (${formatDate(ctx.applicationDate)})`;
      const a = countingAttestation(applicant.iseeAttestations, kinds, ctx.applicationDate);
      if (!a) return missingIsee(applicant, kinds, ctx.applicationDate, text);
      return {
        rule: text,
        found: `${attestationText(a)} presentato il ${formatDate(a.filedOn)}, valido fino al ${formatDate(a.expiresOn)}`,
        outcome: "ok",
      };
    }
    case "residence": {
      const listed = rule.comuni;
      const text = listed
        ? `Residenza in uno dei comuni: ${listed.map((id) => nameOf(ctx.names.comuni, id)).join(", ")}`
        : "Residenza in un comune dell'ambito";
      const id = applicant.residenceComuneId;
      if (id === null) return { rule: text, found: "Residente fuori dall'ambito", outcome: "ko" };
      const inAmbito = applicant.ambitoComuneIds.includes(id);
      return {
        rule: text,
        found: `Residente a ${nameOf(ctx.names.comuni, id)}${inAmbito ? "" : ", fuori dall'ambito"}`,
        outcome: (listed ? listed.includes(id) : inAmbito) ? "ok" : "ko",
      };
    }
    case "age": {
      const text = ageRuleText(rule);
      if (applicant.birthDate === null) {
        return { rule: text, found: "Data di nascita non nota", outcome: "check" };
      }
      const on = rule.on === "application" ? ctx.applicationDate : rule.on;
      const age = ageInYears(applicant.birthDate, on);
      const ok =
        (rule.min === undefined || age >= rule.min) && (rule.max === undefined || age <= rule.max);
      return {
        rule: text,
        found: `${age} ${age === 1 ? "anno" : "anni"} (data di nascita ${formatDate(applicant.birthDate)})`,
        outcome: ok ? "ok" : "ko",
      };
    }
    case "disability": {
      const text = `Disabilità: ${joinOr(rule.anyOf.map((c) => DISABILITY_REQUIREMENT_LABELS[c]))}`;
      const own = applicant.disabilities;
      if (own === null) {
        return { rule: text, found: "Condizione di disabilità non nota", outcome: "check" };
      }
      if (own.length === 0) {
        return { rule: text, found: "Nessuna condizione di disabilità registrata", outcome: "ko" };
      }
      const found = own.map((c) => DISABILITY_LABELS[c]).join("; ");
      if (rule.anyOf.some((c) => own.includes(c))) return { rule: text, found, outcome: "ok" };
      const met = expandDisabilities(own);
      const via = rule.anyOf.find((c) => met.has(c));
      if (via) {
        return {
          rule: text,
          found: `${found} (vale come ${DISABILITY_REQUIREMENT_LABELS[via]})`,
          outcome: "ok",
        };
      }
      return { rule: text, found, outcome: "ko" };
    }
    case "at_home": {
      const text = "Vive al proprio domicilio";
      if (applicant.livesAtHome === null) {
        return { rule: text, found: "Non noto", outcome: "check" };
      }
      return applicant.livesAtHome
        ? { rule: text, found: "Vive al domicilio", outcome: "ok" }
        : { rule: text, found: "Non vive al domicilio", outcome: "ko" };
    }
    case "not_receiving": {
      const text = `Non beneficiario nello stesso periodo di: ${rule.measureIds.map((id) => nameOf(ctx.names.measures, id)).join(", ")}`;
      const receiving = rule.measureIds.filter((id) => applicant.activeMeasureIds.includes(id));
      return receiving.length
        ? {
            rule: text,
            found: `Già beneficiario di: ${receiving.map((id) => nameOf(ctx.names.measures, id)).join(", ")}`,
            outcome: "ko",
          }
        : { rule: text, found: "Nessuna delle misure indicate", outcome: "ok" };
    }
    case "declaration": {
      const text = `Dichiarazione: ${rule.text}`;
      const value = applicant.declarations[rule.id];
      if (value === undefined)
        return { rule: text, found: "Non richiesta nella domanda", outcome: "check" };
      return value
        ? { rule: text, found: "Dichiarato", outcome: "ok" }
        : { rule: text, found: "Non dichiarato", outcome: "ko" };
    }
  }
}

/** Any ko → not eligible; otherwise any check → manual check; otherwise eligible. */
export function overallOutcome(lines: readonly { outcome: LineOutcome }[]): EligibilityOutcome {
  if (lines.some((l) => l.outcome === "ko")) return "not_eligible";
  if (lines.some((l) => l.outcome === "check")) return "manual_check";
  return "eligible";
}

/**
 * Checks an applicant against a bando's rules on the application date: one line per rule,
 * in the order of the rules. Unknown facts give "check", never "ko"; an ISEE that is expired
 * (or filed after the application date) never satisfies a rule; a bando with no rules admits.
 * Throws RangeError if a date is not a real YYYY-MM-DD date.
 */
export function evaluateEligibility(
  rules: readonly EligibilityRule[],
  applicant: Applicant,
  applicationDate: IsoDate,
  names: EligibilityNames = {},
): EligibilityResult {
  assertIsoDate(applicationDate, "Data della domanda");
  for (const rule of rules) {
    if (rule.type === "age" && rule.on !== "application")
      assertIsoDate(rule.on, "Data di riferimento dell'età");
  }
  const ageAtApplication =
    applicant.birthDate === null ? null : ageInYears(applicant.birthDate, applicationDate);
  const iseeRule = rules.find(
    (r): r is Extract<EligibilityRule, { type: "isee" }> => r.type === "isee",
  );
  const settings = iseeRule ? iseeSettingsFor(iseeRule, ageAtApplication) : null;
  const acceptedKinds = iseeRule
    ? (settings?.kinds ?? [...new Set([...iseeRule.kinds, ...(iseeRule.minorsKinds ?? [])])])
    : null;
  const ctx: Context = { applicationDate, names, ageAtApplication, acceptedKinds };
  const lines = rules.map((rule) => ({ type: rule.type, ...evaluateRule(rule, applicant, ctx) }));
  return { outcome: overallOutcome(lines), lines };
}

/**
 * The ISEE that counts for the applicant on the date: of the kinds the bando's isee rule
 * accepts for them (any kind when the bando has no isee rule), the one eligibility uses.
 * Scoring, amounts by tier and co-payment read this value.
 */
export function countingIsee(
  rules: readonly EligibilityRule[],
  applicant: Applicant,
  applicationDate: IsoDate,
): IseeAttestation | null {
  const iseeRule = rules.find(
    (r): r is Extract<EligibilityRule, { type: "isee" }> => r.type === "isee",
  );
  const age =
    applicant.birthDate === null ? null : ageInYears(applicant.birthDate, applicationDate);
  const kinds = iseeRule
    ? (iseeSettingsFor(iseeRule, age)?.kinds ?? [
        ...new Set([...iseeRule.kinds, ...(iseeRule.minorsKinds ?? [])]),
      ])
    : ISEE_KINDS;
  return countingAttestation(applicant.iseeAttestations, kinds, applicationDate);
}
