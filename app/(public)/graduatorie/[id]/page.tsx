import type { Metadata } from "next";
import { PortalFrame } from "@/components/portal/portal-frame";
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
    <PortalFrame
      locale="it"
      page={null}
      title={s.public.title(r.titolo)}
      trail={[{ label: s.public.listTitle, href: "/graduatorie" }, { label: r.titolo }]}
    >
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
    </PortalFrame>
  );
}
