import { db } from "@/db/client";
import { getImportReport } from "@/lib/data/registry-import";
import { importReportCsv, importReportFileName } from "@/lib/documents/import-report-csv";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const rows = await getImportReport(db(), actor, params.id);
  return new Response(importReportCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${importReportFileName(params.id)}"`,
      "cache-control": "no-store",
    },
  });
});

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
