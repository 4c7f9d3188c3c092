import { db } from "@/db/client";
import { currentActor } from "@/lib/auth/session";
import { isDataError } from "@/lib/data/errors";
import { exportFlussi } from "@/lib/data/siuss";
import { logError } from "@/lib/http/log";
import { problem } from "@/lib/http/problem";

/** The flussi of a period as one XML file (?dal=YYYY-MM-DD&al=YYYY-MM-DD&tipo=…). */
export async function GET(req: Request) {
  const actor = await currentActor();
  if (!actor) return problem(401, "Non autenticato", "Occorre accedere.");
  try {
    const q = Object.fromEntries(new URL(req.url).searchParams);
    const out = await exportFlussi(db(), actor, q);
    return new Response(out.xml, {
      headers: {
        "content-type": "application/xml; charset=utf-8",
        "content-disposition": `attachment; filename="${out.filename}"`,
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    if (isDataError(e)) return problem(e.status, e.title, e.message);
    logError("siuss export", e);
    return problem(500, "Errore interno", "Esportazione non riuscita.");
  }
}
