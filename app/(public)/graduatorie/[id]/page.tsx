import type { Metadata } from "next";
import { PublicHeader } from "@/components/layout/public-header";
import { RankingTable } from "@/components/ranking/ranking-table";
import { db } from "@/db/client";
import { getPublishedRanking } from "@/lib/data/ranking";
import { formatDate } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.ranking.public.metaTitle };
export const dynamic = "force-dynamic";

export default async function GraduatoriaPubblicaPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const r = await orNotFound(getPublishedRanking(db(), id));
  const s = t.ranking;
  return (
    <>
      <PublicHeader />
      <main id="contenuto" className="mx-auto max-w-4xl px-4 py-10">
        <h1 className="mb-2 text-3xl font-bold text-primary-darker">{s.public.title(r.titolo)}</h1>
        <p className="mb-2 text-muted">
          {r.misura} · {s.public.publishedOn(formatDate(r.pubblicataIl))}
        </p>
        <p className="mb-6">{s.public.intro}</p>
        <RankingTable rows={r.rows} />
        <p className="mt-6 print:hidden">
          <a href={`/graduatorie/${id}/csv`} className="text-primary underline" download>
            {s.actions.csv}
          </a>
        </p>
      </main>
    </>
  );
}
