import { db } from "@/db/client";
import { currentActor } from "@/lib/auth/session";
import { isDataError } from "@/lib/data/errors";
import { exportList, isListExport } from "@/lib/data/list-exports";
import { isExportFormat } from "@/lib/export/table";
import { exportResponse } from "@/lib/http/export-response";
import { logError } from "@/lib/http/log";
import { problem } from "@/lib/http/problem";

/** A staff list as CSV or XLSX (/esporta/richieste?formato=xlsx&stato=…): the list's own filters. */
export async function GET(req: Request, ctx: { params: Promise<{ elenco: string }> }) {
  const actor = await currentActor();
  if (!actor) return problem(401, "Non autenticato", "Occorre accedere.");
  const { elenco } = await ctx.params;
  const q = Object.fromEntries(new URL(req.url).searchParams);
  if (!isListExport(elenco)) return problem(404, "Non trovato", "Questo elenco non si esporta.");
  if (!isExportFormat(q.formato))
    return problem(400, "Richiesta non valida", "Indica il formato: csv o xlsx.");
  const { formato, ...filters } = q;
  try {
    return exportResponse(await exportList(db(), actor, elenco, filters), formato);
  } catch (e) {
    if (isDataError(e)) return problem(e.status, e.title, e.message);
    logError("list export", e);
    return problem(500, "Errore interno", "Esportazione non riuscita.");
  }
}
