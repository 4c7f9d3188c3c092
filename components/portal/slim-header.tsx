import { portalCopy } from "@/lib/i18n/portal";
import { type Locale, PORTAL_PAGES, type PortalPage } from "@/lib/portal/routes";

/** The thin top bar: the body that owns the site, the language switcher, the staff area. */
export function SlimHeader({
  locale,
  page,
  ente,
}: {
  locale: Locale;
  page: PortalPage | null;
  ente: string;
}) {
  const c = portalCopy(locale).portal.slim;
  const other: Locale = locale === "it" ? "en" : "it";
  const target = page ? PORTAL_PAGES[page][other] : PORTAL_PAGES.home[other];
  return (
    <div className="bg-primary-darker text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
        <p className="font-semibold">
          {ente}
          <span className="sr-only"> — </span>
          <span className="ml-3 hidden font-normal text-white/80 sm:inline">{c.region}</span>
        </p>
        <div className="flex items-center gap-4">
          <nav aria-label={c.language}>
            <a
              href={target}
              hrefLang={other}
              lang={other}
              className="rounded px-2 py-1 font-semibold text-white underline-offset-4 hover:underline"
              data-testid="language-switch"
            >
              <span aria-hidden="true">{other.toUpperCase()} · </span>
              <span>{c.switchTo}</span>
              <span className="sr-only"> — {c.switchToLabel}</span>
            </a>
          </nav>
          {/* A full load: the staff pages are Italian, and <html lang> is set on the server. */}
          <a
            href="/login"
            lang="it"
            className="rounded bg-white px-3 py-1 font-semibold text-primary-darker no-underline hover:bg-primary-light"
          >
            {c.staffArea}
          </a>
        </div>
      </div>
    </div>
  );
}
