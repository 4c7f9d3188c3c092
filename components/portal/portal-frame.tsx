import type { ReactNode } from "react";
import { portalCopy } from "@/lib/i18n/portal";
import { cachedComuni, cachedOffices, portalAmbito } from "@/lib/portal/cached";
import type { Locale, PortalPage } from "@/lib/portal/routes";
import { Breadcrumb, type Crumb } from "./breadcrumb";
import { MainHeader } from "./main-header";
import { PortalFooter } from "./portal-footer";
import { SlimHeader } from "./slim-header";

/**
 * Every public page: slim header, main header with navigation, breadcrumb, the page's title
 * and lead, its content, the footer. `page` null for pages outside the portal's map (the
 * published rankings), whose language switch leads to the other language's home.
 */
export async function PortalFrame({
  locale,
  page,
  title,
  lead,
  trail,
  children,
}: {
  locale: Locale;
  page: PortalPage | null;
  title: string;
  lead?: string;
  trail?: Crumb[];
  children: ReactNode;
}) {
  const ambito = await portalAmbito();
  const [comuni, offices] = await Promise.all([cachedComuni(ambito.id), cachedOffices(ambito.id)]);
  const c = portalCopy(locale).portal;
  return (
    <>
      <SlimHeader locale={locale} page={page} ente={ambito.ente} />
      <MainHeader locale={locale} page={page} ambitoNome={ambito.nome} comuni={comuni.length} />
      {page === "home" ? null : (
        <Breadcrumb
          locale={locale}
          trail={trail ?? [{ label: page ? c.pages[page].title : title }]}
        />
      )}
      <main id="contenuto" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {page === "home" ? null : (
          <div className="mb-8">
            <h1 className="text-4xl font-bold text-primary-darker">{title}</h1>
            {lead ? <p className="mt-3 max-w-3xl text-xl text-ink">{lead}</p> : null}
          </div>
        )}
        {children}
      </main>
      <PortalFooter
        locale={locale}
        ente={ambito.ente}
        ambitoNome={ambito.nome}
        office={offices[0]}
      />
    </>
  );
}
