import type { Permission } from "@/lib/auth/policy";
import { dashboardFiltersOf, getDashboard } from "@/lib/data/dashboard";
import { exportDashboardTable } from "@/lib/data/dashboard-export";
import { exportList, type ListExportName } from "@/lib/data/list-exports";
import { exportForRegion } from "@/lib/data/region-export";
import type { Op } from "../../support/matrix";

const PERIOD = { dal: "2020-01", al: "2030-12" };

const LIST_PERMISSION: Record<ListExportName, Permission> = {
  richieste: "request.read",
  persone: "person.read",
  bandi: "bando.read",
  trasferimenti: "case.transfer",
  utenti: "user.read",
  misure: "measure.read",
};

/** The cruscotto, its exports and the exports of the staff lists. */
export const DASHBOARD_OPS: Op[] = [
  {
    name: "getDashboard",
    onRecord: false,
    permission: "dashboard.read",
    run: (w, actor) => getDashboard(w.db, actor, dashboardFiltersOf(actor, PERIOD)),
  },
  {
    name: "exportDashboardTable",
    onRecord: false,
    permission: "dashboard.read",
    run: (w, actor) =>
      exportDashboardTable(w.db, actor, dashboardFiltersOf(actor, PERIOD), "richieste-per-stato"),
  },
  {
    name: "exportForRegion",
    onRecord: false,
    permission: "stats.export.region",
    run: (w, actor) => exportForRegion(w.db, actor, dashboardFiltersOf(actor, PERIOD)),
  },
  ...(Object.entries(LIST_PERMISSION) as [ListExportName, Permission][]).map(
    ([list, permission]): Op => ({
      name: `exportList:${list}`,
      onRecord: false,
      permission,
      run: (w, actor) => exportList(w.db, actor, list, {}),
    }),
  ),
];
