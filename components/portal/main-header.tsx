import Link from "next/link";
import { portalCopy } from "@/lib/i18n/portal";
import { type Locale, PORTAL_NAV, type PortalPage, pathOf } from "@/lib/portal/routes";
import { Emblem } from "./emblem";

/** The header with the district's name and the main navigation, as on comune websites. */
export function MainHeader({
  locale,
  page,
  ambitoNome,
  comuni,
}: {
  locale: Locale;
  page: PortalPage | null;
  ambitoNome: string;
  comuni: number;
}) {
  const c = portalCopy(locale).portal;
  return (
    <header className="bg-primary text-white">
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 pt-6 pb-4">
        <Emblem className="h-16 w-16 shrink-0" />
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-white/90">
            {c.header.kicker}
          </p>
          <Link
            href={pathOf("home", locale)}
            className="block text-2xl font-bold leading-tight text-white no-underline sm:text-3xl"
          >
            {c.pages.home.title} · {ambitoNome}
          </Link>
          <p className="text-white/90">{c.header.tagline(comuni)}</p>
        </div>
      </div>
      <nav aria-label={c.header.nav} className="mx-auto max-w-6xl px-4">
        <ul className="flex flex-wrap gap-x-1">
          {PORTAL_NAV.map((p) => {
            const current = p === page;
            return (
              <li key={p}>
                <Link
                  href={pathOf(p, locale)}
                  aria-current={current ? "page" : undefined}
                  className={`block border-b-4 px-3 py-3 font-semibold text-white no-underline hover:border-white/70 ${
                    current ? "border-white" : "border-transparent"
                  }`}
                >
                  {c.pages[p].title}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
