import type { RuleWords } from "@/components/bandi/describe";
import { portalCopy } from "@/lib/i18n/portal";
import type { Locale } from "@/lib/portal/routes";

/** The words the bando describer uses, in the page's language. */
export function ruleWords(locale: Locale): RuleWords {
  const l = portalCopy(locale).portal.labels;
  return { rules: l.rules, iseeKinds: l.iseeKinds, disabilities: l.disabilities };
}
