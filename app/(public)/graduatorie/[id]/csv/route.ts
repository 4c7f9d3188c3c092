import { db } from "@/db/client";
import { isDataError } from "@/lib/data/errors";
import { getPublishedRanking } from "@/lib/data/ranking";
import { rankingCsv, rankingFileName } from "@/lib/documents/ranking-csv";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const r = await getPublishedRanking(db(), id);
    return new Response(rankingCsv(r.rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${rankingFileName(id)}"`,
      },
    });
  } catch (e) {
    if (isDataError(e)) return new Response("Graduatoria non trovata.", { status: 404 });
    throw e;
  }
}
