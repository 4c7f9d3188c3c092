import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { AREA_LABELS, AREAS } from "@/lib/domain/areas";
import { t } from "@/lib/i18n";

export default function HomePage() {
  return (
    <>
      <header className="bg-primary text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-6">
          <div>
            <p className="text-sm uppercase tracking-wide">{t.publicHome.organisation}</p>
            <p className="text-3xl font-bold">{t.publicHome.district}</p>
          </div>
          <Link
            href="/login"
            className="rounded border border-white px-4 py-2 font-semibold text-white no-underline hover:bg-white hover:text-primary"
          >
            {t.publicHome.staffArea}
          </Link>
        </div>
      </header>
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
        <p className="mt-10">{t.publicHome.contact}</p>
        <p className="mt-4">
          <Link href="/login" className={buttonClass()}>
            {t.publicHome.staffLogin}
          </Link>
        </p>
      </main>
    </>
  );
}
