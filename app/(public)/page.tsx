import Link from "next/link";
import { PublicHeader } from "@/components/layout/public-header";
import { buttonClass } from "@/components/ui/button";
import { AREA_LABELS, AREAS } from "@/lib/domain/areas";
import { t } from "@/lib/i18n";

export default function HomePage() {
  return (
    <>
      <PublicHeader />
      <main id="contenuto" className="mx-auto max-w-6xl px-4 py-10">
        <h1 className="mb-4 text-4xl font-bold text-primary-darker">{t.publicHome.title}</h1>
        <p className="max-w-3xl text-lg">{t.publicHome.intro}</p>
        <h2 className="mt-10 mb-4 text-2xl font-bold text-primary-darker">
          {t.publicHome.areasTitle}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {AREAS.map((a) => (
            <li key={a} className="rounded border border-line p-4 text-lg font-semibold">
              {AREA_LABELS[a]}
            </li>
          ))}
        </ul>
        <p className="mt-10">
          <Link href="/graduatorie" className="text-primary underline">
            {t.ranking.public.listTitle}
          </Link>
        </p>
        <p className="mt-4">{t.publicHome.contact}</p>
        <p className="mt-4">
          <Link href="/login" className={buttonClass()}>
            {t.publicHome.staffLogin}
          </Link>
        </p>
      </main>
    </>
  );
}
