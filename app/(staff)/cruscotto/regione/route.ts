import { db } from "@/db/client";
import { currentActor } from "@/lib/auth/session";
import { dashboardFiltersOf } from "@/lib/data/dashboard";
import { isDataError } from "@/lib/data/errors";
import { exportForRegion } from "@/lib/data/region-export";
import { isExportFormat } from "@/lib/export/table";
import { exportResponse } from "@/lib/http/export-response";
import { logError } from "@/lib/http/log";
import { problem } from "@/lib/http/problem";

/** The pseudonymised statistical export for the Region (?formato=csv|xlsx&dal&al&comune&area). */
export async function GET(req: Request) {
  const actor = await currentActor();
  if (!actor) return problem(401, "Non autenticato", "Occorre accedere.");
  const q = Object.fromEntries(new URL(req.url).searchParams);
  if (!isExportFormat(q.formato))
    return problem(400, "Richiesta non valida", "Indica il formato: csv o xlsx.");
  try {
    const table = await exportForRegion(db(), actor, dashboardFiltersOf(actor, q));
    return exportResponse(table, q.formato);
  } catch (e) {
    if (isDataError(e)) return problem(e.status, e.title, e.message);
    logError("region export", e);
    return problem(500, "Errore interno", "Esportazione non riuscita.");
  }
}
