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
import { t } from "@/lib/i18n";

/** A bando's rules in Italian sentences, with the engines' labels. */

const r = t.bandi.rules;

export type Names = { comuni: Record<string, string>; misure: Record<string, string> };

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${r.or} ${items[items.length - 1]}`;
}

const kindsText = (kinds: readonly IseeKind[]) => joinOr(kinds.map((k) => ISEE_KIND_LABELS[k]));

export function describeEligibility(rule: EligibilityRule, names: Names): string {
  switch (rule.type) {
    case "isee": {
      const main = r.isee(kindsText(rule.kinds), formatEuro(rule.max));
      if (rule.minorsKinds === undefined && rule.minorsMax === undefined) return main;
      return `${main} ${r.iseeMinors(kindsText(rule.minorsKinds ?? rule.kinds), formatEuro(rule.minorsMax ?? rule.max))}`;
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
      return r.disability(joinOr(rule.anyOf.map((c) => DISABILITY_REQUIREMENT_LABELS[c])));
    case "at_home":
      return r.atHome;
    case "not_receiving":
      return r.notReceiving(rule.measureIds.map((id) => names.misure[id] ?? id).join(", "));
    case "declaration":
      return r.declaration(rule.text);
  }
}

export function describeScoring(rule: ScoringRule): string {
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
          .map(([c, p]) => `${DISABILITY_REQUIREMENT_LABELS[c]} ${r.points(p)}`)
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

export function describeCopayment(c: CopaymentParams): string {
  return r.copayment(
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
