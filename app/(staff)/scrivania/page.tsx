import type { Metadata } from "next";
import Link from "next/link";
import { DeskView } from "@/components/desk/desk-view";
import { StatusSummary } from "@/components/desk/status-summary";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { scopeFor } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { getDesk } from "@/lib/data/desk";
import { countRequestsByStatus } from "@/lib/data/requests";
import { formatDate } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.desk.title };

export default async function ScrivaniaPage() {
  const actor = await requireActor();
  if (!scopeFor(actor, "stats.read") || !scopeFor(actor, "request.read")) {
    return (
      <>
        <PageHeader title={t.desk.title} description={ROLE_LABELS[actor.role]} />
        <p>
          {t.desk.noCaseAccess.before}
          <Link className="text-primary underline" href="/utenti">
            {t.desk.noCaseAccess.link}
          </Link>
          {t.desk.noCaseAccess.after}
        </p>
      </>
    );
  }
  const [desk, counts] = await Promise.all([
    orNotFound(getDesk(db(), actor)),
    orNotFound(countRequestsByStatus(db(), actor)),
  ]);
  const today = formatDate(desk.today);
  return (
    <>
      <PageHeader
        title={t.desk.greeting(actor.nome.split(" ")[0] ?? "")}
        description={
          <>
            {desk.detail ? t.desk.today(today) : t.desk.todayCountsOnly(today)}{" "}
            {actor.role === "coordinatore" ? t.desk.scopeDistrict : t.desk.scopeOwnComuni}.
          </>
        }
      />
      <DeskView desk={desk} />
      <StatusSummary counts={counts} />
    </>
  );
}
