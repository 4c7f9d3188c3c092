import type { Metadata } from "next";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { RegionExport } from "@/components/dashboard/region-export";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { scopeFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listComuniForFilter } from "@/lib/data/comuni";
import { dashboardFiltersOf, getDashboard } from "@/lib/data/dashboard";
import { dashboardTables } from "@/lib/export/dashboard-tables";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";
import { firstValues } from "@/lib/validation/list-params";

export const metadata: Metadata = { title: t.dashboard.title };

export default async function CruscottoPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const scope = scopeFor(actor, "dashboard.read");
  if (!scope) {
    return (
      <>
        <PageHeader title={t.dashboard.title} />
        <p>{t.dashboard.noAccess}</p>
      </>
    );
  }
  const filters = dashboardFiltersOf(actor, firstValues(await searchParams));
  const [d, comuni] = await Promise.all([
    orNotFound(getDashboard(db(), actor, filters)),
    scope === "district" ? orNotFound(listComuniForFilter(db(), actor)) : Promise.resolve(null),
  ]);
  const query = new URLSearchParams({
    dal: filters.dal,
    al: filters.al,
    ...(filters.comuneId ? { comune: filters.comuneId } : {}),
    ...(filters.area ? { area: filters.area } : {}),
  }).toString();
  return (
    <>
      <PageHeader
        title={t.dashboard.title}
        description={
          scope === "district" ? t.dashboard.descriptionDistrict : t.dashboard.descriptionOwn
        }
      />
      <DashboardFilters filters={filters} comuni={comuni} />
      <p className="text-sm text-muted">{t.dashboard.filters.periodNote}</p>
      <DashboardView d={d} tables={dashboardTables(d)} query={query} />
      {scopeFor(actor, "stats.export.region") ? <RegionExport query={query} /> : null}
    </>
  );
}
