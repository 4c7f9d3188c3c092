import { db } from "@/db/client";
import { currentActor } from "@/lib/auth/session";
import { dashboardFiltersOf } from "@/lib/data/dashboard";
import { exportDashboardTable } from "@/lib/data/dashboard-export";
import { isDataError } from "@/lib/data/errors";
import { DASHBOARD_TABLES, type DashboardTableId } from "@/lib/export/dashboard-tables";
import { isExportFormat } from "@/lib/export/table";
import { exportResponse } from "@/lib/http/export-response";
import { logError } from "@/lib/http/log";
import { problem } from "@/lib/http/problem";

/** One table of the cruscotto as CSV or XLSX (?tabella=…&formato=csv|xlsx&dal&al&comune&area). */
export async function GET(req: Request) {
  const actor = await currentActor();
  if (!actor) return problem(401, "Non autenticato", "Occorre accedere.");
  const q = Object.fromEntries(new URL(req.url).searchParams);
  const id = q.tabella as DashboardTableId;
  if (!DASHBOARD_TABLES.includes(id) || !isExportFormat(q.formato))
    return problem(
      400,
      "Richiesta non valida",
      "Indica una tabella del cruscotto e il formato (csv o xlsx).",
    );
  try {
    const table = await exportDashboardTable(db(), actor, dashboardFiltersOf(actor, q), id);
    return exportResponse(table, q.formato);
  } catch (e) {
    if (isDataError(e)) return problem(e.status, e.title, e.message);
    logError("dashboard export", e);
    return problem(500, "Errore interno", "Esportazione non riuscita.");
  }
}
