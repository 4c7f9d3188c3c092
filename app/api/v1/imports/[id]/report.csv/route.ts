import { db } from "@/db/client";
import { getImportReport } from "@/lib/data/registry-import";
import { importReportCsv, importReportFileName } from "@/lib/documents/import-report-csv";
import { apiRoute } from "@/lib/http/api";

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
