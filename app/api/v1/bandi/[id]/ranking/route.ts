import { db } from "@/db/client";
import { getRanking, produceRanking } from "@/lib/data/ranking";
import { rankingCsv, rankingFileName } from "@/lib/documents/ranking-csv";
import { apiRoute } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

export const GET = apiRoute<{ id: string }>(async ({ actor, req, params }) => {
  const ranking = await getRanking(db(), actor, params.id);
  if (new URL(req.url).searchParams.get("format") !== "csv") return ranking;
  return new Response(rankingCsv(ranking.rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${rankingFileName(params.id)}"`,
      "cache-control": "no-store",
    },
  });
});

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) =>
  produceRanking(db(), actor, params.id),
);

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
