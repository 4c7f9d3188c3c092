import type { Metadata } from "next";
import { ActivePlan } from "@/components/plans/active-plan";
import { AssessmentForm } from "@/components/plans/assessment-form";
import { AssessmentSummaryView } from "@/components/plans/assessment-summary";
import { PlanForm } from "@/components/plans/plan-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getCasePlanPage } from "@/lib/data/plans";
import { addDays, romeDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

// The title never carries the person's name.
export const metadata: Metadata = { title: t.cases.tabs.plan };

const m = t.plans;

export default async function CasePlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const page = await orNotFound(getCasePlanPage(db(), actor, id));
  const today = romeDate(new Date());
  return (
    <div className="space-y-6">
      <h2 className="sr-only">{t.cases.tabs.plan}</h2>
      {page.canWrite ? null : <Notice tone="info">{m.plan.readOnly}</Notice>}
      <Card title={m.assessment.title} headingLevel={2}>
        <AssessmentSummaryView latest={page.latest} all={page.assessments} />
        {page.canWrite ? (
          <AssessmentForm caseId={page.caseId} kind={page.kindToday} today={today} />
        ) : null}
      </Card>
      <Card title={m.plan.title}>
        {page.active ? (
          <ActivePlan plan={page.active} canWrite={page.canWrite} today={today} />
        ) : (
          <p>{m.plan.none}</p>
        )}
        {page.canWrite && !page.active ? (
          <PlanForm
            caseId={page.caseId}
            today={today}
            nextReview={addDays(today, 90)}
            requests={page.requests}
            assessments={page.assessments}
          />
        ) : null}
        {page.plans.length ? (
          <section aria-labelledby="progetti-conclusi" className="mt-6">
            <h3 id="progetti-conclusi" className="mb-2 text-lg font-bold text-primary-darker">
              {m.plan.concluded}
            </h3>
            <ul className="divide-y divide-line" data-testid="concluded-plans">
              {page.plans.map((p) => (
                <li key={p.id} className="py-2">
                  <span className="font-semibold">{p.titolo}</span> · {m.plan.started}{" "}
                  {formatDate(p.dataInizio)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Card>
    </div>
  );
}
