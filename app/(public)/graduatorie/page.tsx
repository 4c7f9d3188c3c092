import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/layout/public-header";
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
    <>
      <PublicHeader />
      <main id="contenuto" className="mx-auto max-w-6xl px-4 py-10">
        <h1 className="mb-4 text-4xl font-bold text-primary-darker">{s.listTitle}</h1>
        <p className="mb-6 max-w-3xl">{s.intro}</p>
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
      </main>
    </>
  );
}
