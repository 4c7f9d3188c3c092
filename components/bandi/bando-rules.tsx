import type { CopaymentParams } from "@/lib/domain/copayment";
import type { EligibilityRule } from "@/lib/domain/eligibility";
import type { ScoringRule } from "@/lib/domain/scoring";
import { t } from "@/lib/i18n";
import { describeCopayment, describeEligibility, describeScoring, type Names } from "./describe";

const d = t.bandi.detail;

/** Who may apply, how points are given, and the co-payment: one sentence per rule. */
export function BandoRules({
  eligibility,
  scoring,
  copayment,
  names,
}: {
  eligibility: EligibilityRule[];
  scoring: ScoringRule[];
  copayment: CopaymentParams | null;
  names: Names;
}) {
  return (
    <div className="space-y-5" data-testid="bando-rules">
      <section aria-labelledby="regole-ammissione">
        <h3 id="regole-ammissione" className="mb-2 text-lg font-bold">
          {d.eligibility}
        </h3>
        {eligibility.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {eligibility.map((rule, i) => (
              // Rules have no id; their order is their identity here.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>{describeEligibility(rule, names)}</li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{d.noEligibility}</p>
        )}
      </section>
      <section aria-labelledby="regole-punteggio">
        <h3 id="regole-punteggio" className="mb-2 text-lg font-bold">
          {d.scoring}
        </h3>
        {scoring.length ? (
          <>
            <ul className="list-disc space-y-1 pl-5">
              {scoring.map((rule) => (
                <li key={rule.type}>{describeScoring(rule)}</li>
              ))}
            </ul>
            <p className="mt-2 text-sm text-muted">{d.tieBreak}</p>
          </>
        ) : (
          <p className="text-muted">{d.noScoring}</p>
        )}
      </section>
      {copayment ? (
        <section aria-labelledby="regole-compartecipazione">
          <h3 id="regole-compartecipazione" className="mb-2 text-lg font-bold">
            {d.copayment}
          </h3>
          <p>{describeCopayment(copayment)}</p>
        </section>
      ) : null}
    </div>
  );
}
