import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { romeDate } from "@/lib/domain/dates";
import { portalCopy } from "@/lib/i18n/portal";
import { cachedCatalogue, portalAmbito } from "@/lib/portal/cached";
import { type Locale, PORTAL_NAV, pathOf } from "@/lib/portal/routes";
import { BandoCard } from "./bando-card";
import { PortalFrame } from "./portal-frame";

/** The portal's home: what the Piano di Zona is, the sections, the calls open now. */
export async function HomeView({ locale }: { locale: Locale }) {
  const c = portalCopy(locale).portal;
  const ambito = await portalAmbito();
  const catalogue = await cachedCatalogue(ambito.id);
  const today = romeDate(new Date());
  const sections = PORTAL_NAV.filter((p) => p !== "selfCheck");
  return (
    <PortalFrame locale={locale} page="home" title={c.pages.home.title}>
      <section className="grid items-center gap-8 rounded bg-primary-light p-8 md:grid-cols-[3fr_2fr]">
        <div>
          <h1 className="text-4xl font-bold text-primary-darker sm:text-5xl">
            {c.pages.home.title}
            <span className="block text-2xl font-semibold text-primary sm:text-3xl">
              {ambito.nome} · {ambito.ente}
            </span>
          </h1>
          <p className="mt-4 max-w-2xl text-lg">{c.homePage.intro}</p>
          <p className="mt-6 flex flex-wrap gap-3">
            <Link href={pathOf("selfCheck", locale)} className={buttonClass()}>
              {c.homePage.checkCta}
            </Link>
            <Link href={pathOf("calls", locale)} className={buttonClass("secondary")}>
              {c.homePage.callsCta}
            </Link>
          </p>
        </div>
        <aside className="rounded bg-white p-6 shadow-sm" aria-labelledby="aiuto">
          <h2 id="aiuto" className="text-2xl font-bold text-primary-darker">
            {c.homePage.contactTitle}
          </h2>
          <p className="mt-2">{c.homePage.contact}</p>
          <p className="mt-4">
            <Link href={pathOf("office", locale)} className="font-semibold text-primary underline">
              {c.homePage.officesLink}
            </Link>
          </p>
        </aside>
      </section>

      <section className="mt-12" aria-labelledby="bandi-aperti">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="bandi-aperti" className="text-3xl font-bold text-primary-darker">
            {c.homePage.openCalls}
          </h2>
          <Link href={pathOf("calls", locale)} className="font-semibold text-primary underline">
            {c.homePage.allCalls}
          </Link>
        </div>
        {catalogue.openBandi.length ? (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {catalogue.openBandi.map((b) => (
              <li key={b.id}>
                <BandoCard
                  bando={b}
                  measureName={catalogue.names.misure[b.measureId] ?? ""}
                  today={today}
                  locale={locale}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4">{c.homePage.noOpenCalls}</p>
        )}
      </section>

      <section className="mt-12" aria-labelledby="sezioni">
        <h2 id="sezioni" className="text-3xl font-bold text-primary-darker">
          {c.homePage.sections}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {sections.map((p) => (
            <li key={p}>
              <Link
                href={pathOf(p, locale)}
                className="group block h-full rounded border border-line border-t-4 border-t-primary bg-white p-5 no-underline shadow-sm hover:bg-primary-light"
              >
                <span className="block text-xl font-bold text-primary group-hover:underline">
                  {c.pages[p].title}
                </span>
                <span className="mt-2 block text-ink">{c.homePage.sectionText[p]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </PortalFrame>
  );
}
