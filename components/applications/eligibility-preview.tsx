"use client";

import { useEffect, useState } from "react";
import { checkEligibilityAction } from "@/app/(staff)/richieste/actions";
import { Notice } from "@/components/ui/notice";
import type { Assessment } from "@/lib/domain/application";
import { formatEuro } from "@/lib/domain/format";
import { applications } from "@/lib/i18n/it/applications";
import { EligibilityTable, OutcomeBadge } from "./eligibility-table";
import { ScoreTable } from "./score-table";

const t = { applications };

type Answers = { dichiarazioni: Record<string, boolean>; valutazione?: number };

/**
 * What the engine answers for this person and bando while the worker fills in the form: the
 * outcome with one line per rule, the score and the amount. Nothing is written until filing.
 */
export function EligibilityPreview({
  bandoId,
  personId,
  answers,
}: {
  bandoId: string;
  personId: string;
  answers: Answers;
}) {
  const s = t.applications;
  const [result, setResult] = useState<Assessment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(true);
  const key = JSON.stringify(answers);

  useEffect(() => {
    let live = true;
    setPending(true);
    const timer = setTimeout(async () => {
      const res = await checkEligibilityAction(bandoId, { personId, ...JSON.parse(key) });
      if (!live) return;
      setPending(false);
      if (res.ok) {
        setResult(res.data);
        setError(null);
      } else {
        setError(res.message);
      }
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [bandoId, personId, key]);

  return (
    <section
      aria-labelledby="eligibility-preview-title"
      aria-busy={pending}
      className="rounded border border-line bg-surface p-4"
      data-testid="eligibility-preview"
    >
      <h2 id="eligibility-preview-title" className="mb-2 text-lg font-bold text-primary-darker">
        {s.eligibility.title}
      </h2>
      <div aria-live="polite">
        {error ? (
          <Notice tone="error" title={s.form.checkFailed}>
            {error}
          </Notice>
        ) : result ? (
          <div className="space-y-3">
            <p>
              <OutcomeBadge outcome={result.eligibility.outcome} />{" "}
              <span className="text-sm text-muted">{pending ? s.form.checking : null}</span>
            </p>
            <EligibilityTable lines={result.eligibility.lines} />
            <p>
              <strong>{s.amount.monthly}:</strong>{" "}
              {result.monthlyAmount === null
                ? s.amount.undetermined
                : formatEuro(result.monthlyAmount)}
            </p>
            {result.score ? (
              <ScoreTable lines={result.score.lines} total={result.score.total} />
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-muted">{s.form.checking}</p>
        )}
      </div>
    </section>
  );
}
