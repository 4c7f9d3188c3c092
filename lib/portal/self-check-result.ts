import { describeEligibility } from "@/components/bandi/describe";
import { ruleWords } from "@/components/portal/rule-words";
import type { PortalCatalogue } from "@/lib/data/portal";
import type { EligibilityOutcome, LineOutcome } from "@/lib/domain/eligibility";
import { runSelfCheck, type SelfCheckAnswers } from "@/lib/domain/self-check";
import type { Locale } from "./routes";

export type SelfCheckBandoResult = {
  bandoId: string;
  titolo: string;
  misura: string;
  chiusura: string;
  outcome: EligibilityOutcome;
  /** Each rule in the page's language with the engine's outcome for it, in the bando's order. */
  lines: { text: string; outcome: LineOutcome }[];
};

/** The engine's answer for each open bando, described in the page's language. */
export function selfCheckResults(
  catalogue: PortalCatalogue,
  answers: SelfCheckAnswers,
  today: string,
  locale: Locale,
): SelfCheckBandoResult[] {
  const w = ruleWords(locale);
  return runSelfCheck(catalogue.openBandi, answers, today, catalogue.comuneIds).map(
    ({ bando, result }) => ({
      bandoId: bando.id,
      titolo: bando.titolo,
      misura: catalogue.names.misure[bando.measureId] ?? "",
      chiusura: bando.chiusura,
      outcome: result.outcome,
      lines: result.lines.map((line, i) => {
        const rule = bando.regoleAmmissione[i];
        return {
          text: rule ? describeEligibility(rule, catalogue.names, w) : line.rule,
          outcome: line.outcome,
        };
      }),
    }),
  );
}
