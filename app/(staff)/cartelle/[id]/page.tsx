import type { Metadata } from "next";
import { CaseCounts } from "@/components/cases/case-counts";
import { CaseHistory } from "@/components/cases/case-history";
import { CaseStatusCard } from "@/components/cases/case-status-card";
import { CaseTeamCard } from "@/components/cases/case-team-card";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getCaseOverview } from "@/lib/data/cases";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

// The title never carries the person's name.
export const metadata: Metadata = { title: t.cases.title };

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const overview = await orNotFound(getCaseOverview(db(), actor, id));
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-6">
        <CaseStatusCard overview={overview} />
        <CaseHistory history={overview.history} />
      </div>
      <div className="space-y-6">
        <CaseTeamCard overview={overview} />
        <CaseCounts counts={overview.counts} />
      </div>
    </div>
  );
}
