import { romeDate } from "@/lib/domain/dates";
import { portalCopy } from "@/lib/i18n/portal";
import { cachedCatalogue, portalAmbito } from "@/lib/portal/cached";
import type { Locale } from "@/lib/portal/routes";
import { BandoCard } from "./bando-card";
import { PortalFrame } from "./portal-frame";

/** The bandi open today, soonest deadline first. */
export async function CallsView({ locale }: { locale: Locale }) {
  const c = portalCopy(locale).portal;
  const ambito = await portalAmbito();
  const cat = await cachedCatalogue(ambito.id);
  const today = romeDate(new Date());
  return (
    <PortalFrame locale={locale} page="calls" title={c.pages.calls.title} lead={c.calls.howToApply}>
      {cat.openBandi.length ? (
        <ul className="grid gap-6 md:grid-cols-2">
          {cat.openBandi.map((b) => (
            <li key={b.id}>
              <BandoCard
                bando={b}
                measureName={cat.names.misure[b.measureId] ?? ""}
                today={today}
                locale={locale}
                headingLevel={2}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>{c.calls.empty}</p>
      )}
    </PortalFrame>
  );
}
