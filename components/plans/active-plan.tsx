import Link from "next/link";
import { DataList } from "@/components/ui/card";
import type { PlanDetail } from "@/lib/data/plans";
import { formatDate } from "@/lib/domain/format";
import { GOAL_OUTCOME_LABELS } from "@/lib/domain/plan";
import { t } from "@/lib/i18n";
import { GoalOutcomeSelect } from "./goal-outcome";
import { ReviewForm } from "./review-form";

const m = t.plans.plan;

function period(dal: string | null, al: string | null): string {
  if (!dal && !al) return "";
  return `${dal ? formatDate(dal) : "…"} – ${al ? formatDate(al) : "…"}`;
}

/** The active plan: goals with their outcome, interventions, reviews and the review form. */
export function ActivePlan({
  plan,
  canWrite,
  today,
}: {
  plan: PlanDetail;
  canWrite: boolean;
  today: string;
}) {
  return (
    <div className="space-y-5" data-testid="active-plan">
      <div>
        <h3 className="text-lg font-bold text-primary-darker">{plan.titolo}</h3>
        <DataList
          items={[
            [m.started, formatDate(plan.dataInizio)],
            [
              m.nextReview,
              <span key="r" data-testid="next-review" data-overdue={plan.verificaScaduta}>
                {formatDate(plan.prossimaVerifica)}
                {plan.verificaScaduta ? (
                  <strong className="ml-2 rounded border border-danger px-2 text-danger">
                    {m.overdue}
                  </strong>
                ) : null}
              </span>,
            ],
            ...(plan.note ? ([[m.notes, plan.note]] as [string, string][]) : []),
          ]}
        />
      </div>
      <section aria-labelledby="obiettivi-titolo">
        <h4 id="obiettivi-titolo" className="mb-2 font-bold">
          {m.goals}
        </h4>
        <ol className="divide-y divide-line rounded border border-line">
          {plan.obiettivi.map((g, i) => (
            <li
              key={g.id}
              className="flex flex-wrap items-start justify-between gap-3 p-3"
              data-testid="goal"
            >
              <div>
                <p className="font-semibold">
                  {i + 1}. {g.descrizione}
                </p>
                {g.indicatore ? (
                  <p className="text-sm">
                    {m.indicator}: {g.indicatore}
                  </p>
                ) : null}
                {g.scadenza ? (
                  <p className="text-sm text-muted">
                    {m.deadline}: {formatDate(g.scadenza)}
                  </p>
                ) : null}
              </div>
              {canWrite ? (
                <GoalOutcomeSelect goalId={g.id} position={i + 1} value={g.esito} />
              ) : (
                <span>
                  {m.outcome}: {GOAL_OUTCOME_LABELS[g.esito]}
                </span>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="interventi-titolo">
        <h4 id="interventi-titolo" className="mb-2 font-bold">
          {m.interventions}
        </h4>
        {plan.interventi.length === 0 ? (
          <p>{m.noInterventions}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {plan.interventi.map((x) => (
              <li key={x.id} className="p-3" data-testid="intervention">
                <p className="font-semibold">{x.descrizione}</p>
                <p className="text-sm text-muted">
                  {x.richiesta ? (
                    <>
                      {m.request}{" "}
                      <Link
                        href={`/richieste/${x.richiesta.id}`}
                        className="text-primary underline"
                      >
                        {x.richiesta.protocollo ?? m.request}
                      </Link>
                    </>
                  ) : null}
                  {x.misura ? `${m.service}: ${x.misura}` : null}
                  {x.dal || x.al ? ` · ${period(x.dal, x.al)}` : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="verifiche-titolo">
        <h4 id="verifiche-titolo" className="mb-2 font-bold">
          {m.reviews}
        </h4>
        {plan.verifiche.length === 0 ? (
          <p>{m.noReviews}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {plan.verifiche.map((v) => (
              <li key={v.id} className="p-3" data-testid="review">
                <p>
                  <span className="font-semibold">{formatDate(v.data)}</span>
                  {v.autore ? ` · ${v.autore}` : ""}
                  {v.prossimaVerifica
                    ? ` · ${m.nextReview}: ${formatDate(v.prossimaVerifica)}`
                    : ""}
                </p>
                <p className="text-sm">{v.esito}</p>
              </li>
            ))}
          </ul>
        )}
        {canWrite ? <ReviewForm planId={plan.id} today={today} /> : null}
      </section>
    </div>
  );
}
