import type { Metadata } from "next";
import Link from "next/link";
import { PortalFrame } from "@/components/portal/portal-frame";
import { db } from "@/db/client";
import { listPublishedRankings } from "@/lib/data/ranking";
import { formatDate } from "@/lib/domain/format";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.ranking.public.listTitle };
export const dynamic = "force-dynamic";

export default async function GraduatoriePage() {
  const rows = await listPublishedRankings(db());
  const s = t.ranking.public;
  return (
    <PortalFrame locale="it" page={null} title={s.listTitle} lead={s.intro}>
      {rows.length ? (
        <ul className="space-y-2">
          {rows.map((r) => (
            <li key={r.id}>
              <Link href={`/graduatorie/${r.id}`} className="text-lg text-primary underline">
                {r.titolo}
              </Link>{" "}
              <span className="text-muted">— {s.publishedOn(formatDate(r.pubblicataIl))}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{s.listEmpty}</p>
      )}
    </PortalFrame>
  );
}
