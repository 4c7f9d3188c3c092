import { db } from "@/db/client";
import { getAmbitoName } from "@/lib/data/ambiti";
import { exportPersonData } from "@/lib/data/subject-export";
import { subjectReportPdf } from "@/lib/documents/subject-report";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

/** Everything held about a person (GDPR art. 15): JSON, or PDF with ?format=pdf. */
export const GET = apiRoute<{ id: string }>(async ({ actor, req, params }) => {
  const data = await exportPersonData(db(), actor, params.id);
  const format = new URL(req.url).searchParams.get("format");
  // The file name carries the opaque id only, never the person's name.
  const name = `dati-persona-${params.id.slice(0, 8)}`;
  if (format === "pdf") {
    const pdf = await subjectReportPdf(data, await getAmbitoName(db(), actor));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${name}.pdf"`,
        "cache-control": "no-store",
      },
    });
  }
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.json"`,
      "cache-control": "no-store",
    },
  });
});

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
