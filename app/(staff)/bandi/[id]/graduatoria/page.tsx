import type { Metadata } from "next";
import { RankingTable } from "@/components/ranking/ranking-table";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getRanking } from "@/lib/data/ranking";
import { formatDateTime } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.ranking.public.metaTitle };

/** The graduatoria as it will be published: protocol and score only, ready to print. */
export default async function GraduatoriaStampaPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const actor = await requireActor();
  const r = await orNotFound(getRanking(db(), actor, id));
  const s = t.ranking;
  return (
    <>
      <PageHeader
        title={s.public.title(r.titolo)}
        description={`${r.misura}${r.graduatoriaIl ? ` · ${s.producedOn(formatDateTime(r.graduatoriaIl))}` : ""}`}
      />
      <p className="mb-4">{s.public.intro}</p>
      <RankingTable rows={r.rows.map(({ requestId: _id, ...row }) => row)} />
    </>
  );
}
