import type { ImportoFascia } from "@/lib/domain/bando-amounts";
import type { CopaymentParams } from "@/lib/domain/copayment";
import {
  DISABILITY_REQUIREMENT_LABELS,
  type DisabilityCode,
  type EligibilityRule,
  ISEE_KIND_LABELS,
  type IseeKind,
} from "@/lib/domain/eligibility";
import { formatDate, formatEuro } from "@/lib/domain/format";
import type { ScoringRule } from "@/lib/domain/scoring";
import { type Messages, t } from "@/lib/i18n";

/**
 * A bando's rules in sentences, from their data: in Italian with the engines' labels, or in
 * another language given its words (the public portal's English pages).
 */

export type Names = { comuni: Record<string, string>; misure: Record<string, string> };

export type RuleWords = {
  rules: Messages["bandi"]["rules"];
  iseeKinds: Record<IseeKind, string>;
  disabilities: Record<DisabilityCode, string>;
};

export const ITALIAN_RULE_WORDS: RuleWords = {
  rules: t.bandi.rules,
  iseeKinds: ISEE_KIND_LABELS,
  disabilities: DISABILITY_REQUIREMENT_LABELS,
};

function joinOr(items: readonly string[], w: RuleWords): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${w.rules.or} ${items[items.length - 1]}`;
}

const kindsText = (kinds: readonly IseeKind[], w: RuleWords) =>
  joinOr(
    kinds.map((k) => w.iseeKinds[k]),
    w,
  );

export function describeEligibility(
  rule: EligibilityRule,
  names: Names,
  w: RuleWords = ITALIAN_RULE_WORDS,
): string {
  const r = w.rules;
  switch (rule.type) {
    case "isee": {
      const main = r.isee(kindsText(rule.kinds, w), formatEuro(rule.max));
      if (rule.minorsKinds === undefined && rule.minorsMax === undefined) return main;
      return `${main} ${r.iseeMinors(kindsText(rule.minorsKinds ?? rule.kinds, w), formatEuro(rule.minorsMax ?? rule.max))}`;
    }
    case "isee_valid":
      return r.iseeValid;
    case "residence":
      return rule.comuni
        ? r.residenceListed(rule.comuni.map((id) => names.comuni[id] ?? id).join(", "))
        : r.residenceAmbito;
    case "age": {
      const when = rule.on === "application" ? r.onApplication : r.onDate(formatDate(rule.on));
      if (rule.min !== undefined && rule.max !== undefined)
        return r.ageBetween(rule.min, rule.max, when);
      if (rule.min !== undefined) return r.ageMin(rule.min, when);
      return r.ageMax(rule.max ?? 0, when);
    }
    case "disability":
      return r.disability(
        joinOr(
          rule.anyOf.map((c) => w.disabilities[c]),
          w,
        ),
      );
    case "at_home":
      return r.atHome;
    case "not_receiving":
      return r.notReceiving(rule.measureIds.map((id) => names.misure[id] ?? id).join(", "));
    case "declaration":
      return r.declaration(rule.text);
  }
}

export function describeScoring(rule: ScoringRule, w: RuleWords = ITALIAN_RULE_WORDS): string {
  const r = w.rules;
  switch (rule.type) {
    case "isee_band":
      return r.iseeBand(
        rule.bands.map((b) => r.iseeBandItem(formatEuro(b.upTo), r.points(b.points))).join("; "),
      );
    case "household":
      return r.household(
        r.points(rule.perMember),
        rule.max === undefined ? null : r.points(rule.max),
      );
    case "disability":
      return r.disabilityScore(
        (Object.entries(rule.points) as [DisabilityCode, number][])
          .map(([c, p]) => `${w.disabilities[c]} ${r.points(p)}`)
          .join("; "),
      );
    case "lives_alone":
      return r.livesAlone(r.points(rule.points));
    case "age":
      return r.ageBands(
        rule.bands.map((b) => r.ageBandItem(b.from, r.points(b.points))).join("; "),
      );
    case "assessment":
      return r.assessment(r.points(rule.max));
  }
}

export function describeCopayment(c: CopaymentParams, w: RuleWords = ITALIAN_RULE_WORDS): string {
  return w.rules.copayment(
    formatEuro(c.iseeMin),
    formatEuro(c.iseeMax),
    formatEuro(c.tMin),
    formatEuro(c.tMax),
    c.exemptBelowMin ?? false,
  );
}

export function describeTiers(tiers: readonly ImportoFascia[]): string[] {
  return tiers.map((x) =>
    t.bandi.detail.tier(formatEuro(x.iseeFino), formatEuro(x.importoMensile)),
  );
}
