import Link from "next/link";
import type { PortalOffice } from "@/lib/data/portal";
import { portalCopy } from "@/lib/i18n/portal";
import { type Locale, PORTAL_NAV, pathOf } from "@/lib/portal/routes";
import { Emblem } from "./emblem";

/** The footer: the ente and its main office's contacts, the sections, the legal links. */
export function PortalFooter({
  locale,
  ente,
  ambitoNome,
  office,
}: {
  locale: Locale;
  ente: string;
  ambitoNome: string;
  office: PortalOffice | undefined;
}) {
  const c = portalCopy(locale).portal;
  return (
    <footer className="mt-16 bg-primary-darker text-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <div>
          <div className="flex items-center gap-3">
            <Emblem className="h-12 w-12" />
            <p className="text-xl font-bold">
              {c.pages.home.title} · {ambitoNome}
            </p>
          </div>
          <p className="mt-3 text-white/90">{ente}</p>
          <p className="mt-1 text-sm text-white/80">{c.footer.law}</p>
        </div>
        <div>
          <h2 className="mb-3 text-lg font-bold uppercase tracking-wide">{c.footer.contacts}</h2>
          {office ? (
            <address className="space-y-1 not-italic">
              <p className="font-semibold">{office.nome}</p>
              <p>{office.indirizzo}</p>
              {office.telefono ? (
                <p>
                  {c.office.phone}:{" "}
                  <a
                    href={`tel:${office.telefono.replace(/\s/g, "")}`}
                    className="text-white underline"
                  >
                    {office.telefono}
                  </a>
                </p>
              ) : null}
              {office.email ? (
                <p>
                  {c.office.email}:{" "}
                  <a href={`mailto:${office.email}`} className="text-white underline">
                    {office.email}
                  </a>
                </p>
              ) : null}
            </address>
          ) : null}
          <p className="mt-3">
            <Link href={pathOf("office", locale)} className="text-white underline">
              {c.homePage.officesLink}
            </Link>
          </p>
        </div>
        <nav aria-label={c.footer.links}>
          <h2 className="mb-3 text-lg font-bold uppercase tracking-wide">{c.footer.links}</h2>
          <ul className="space-y-1">
            {PORTAL_NAV.map((p) => (
              <li key={p}>
                <Link href={pathOf(p, locale)} className="text-white underline">
                  {c.pages[p].title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-white/30">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4 text-sm">
          <ul className="flex flex-wrap gap-4" aria-label={c.footer.legal}>
            <li>
              <Link href={pathOf("privacy", locale)} className="text-white underline">
                {c.footer.privacy}
              </Link>
            </li>
            <li>
              <a href="/login" lang="it" className="text-white underline">
                {c.footer.staff}
              </a>
            </li>
          </ul>
          <p className="text-white/80">{c.footer.poweredBy}</p>
        </div>
      </div>
    </footer>
  );
}
