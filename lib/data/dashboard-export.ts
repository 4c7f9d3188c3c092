import "server-only";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/roles";
import { type DashboardTableId, dashboardTables } from "@/lib/export/dashboard-tables";
import type { ExportTable } from "@/lib/export/table";
import { audit } from "./audit";
import { type DashboardFilters, getDashboard } from "./dashboard";
import { withActor } from "./scoped";

/** One table of the cruscotto with the actor's filters and scope, for a file; logged. */
export async function exportDashboardTable(
  db: Db,
  actor: Actor,
  filters: DashboardFilters,
  id: DashboardTableId,
): Promise<ExportTable> {
  const table = dashboardTables(await getDashboard(db, actor, filters))[id];
  await withActor(db, actor, (tx) => audit(tx, actor, "export", "cruscotto", id));
  return table;
}
