import { portalCopy } from "@/lib/i18n/portal";
import { cachedCatalogue, portalAmbito } from "@/lib/portal/cached";
import type { Locale } from "@/lib/portal/routes";
import { MeasureCriteria } from "./measure-criteria";
import { PortalFrame } from "./portal-frame";

/**
 * Access criteria for titoli sociali and services, generated from the live catalogue and the
 * rules of the open bandi: nothing here is written per measure.
 */
export async function CriteriaView({ locale }: { locale: Locale }) {
  const c = portalCopy(locale).portal;
  const ambito = await portalAmbito();
  const cat = await cachedCatalogue(ambito.id);
  const groups = [
    {
      id: "titoli",
      title: c.criteria.titoli,
      intro: c.criteria.titoliIntro,
      kinds: ["buono", "voucher"],
    },
    {
      id: "servizi",
      title: c.criteria.servizi,
      intro: c.criteria.serviziIntro,
      kinds: ["servizio"],
    },
  ];
  return (
    <PortalFrame
      locale={locale}
      page="criteria"
      title={c.pages.criteria.title}
      lead={c.criteria.intro}
    >
      {groups.map((g) => {
        const measures = cat.measures.filter((m) => g.kinds.includes(m.tipo));
        return (
          <section key={g.id} aria-labelledby={g.id} className="mt-8 first:mt-0">
            <h2 id={g.id} className="text-3xl font-bold text-primary-darker">
              {g.title}
            </h2>
            <p className="mt-2 max-w-3xl">{g.intro}</p>
            {measures.length ? (
              <ul className="mt-4 space-y-4">
                {measures.map((m) => (
                  <li key={m.id}>
                    <MeasureCriteria
                      measure={m}
                      bandi={cat.openBandi.filter((b) => b.measureId === m.id)}
                      names={cat.names}
                      locale={locale}
                    />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-4">{c.criteria.empty}</p>
            )}
          </section>
        );
      })}
    </PortalFrame>
  );
}
