import { AREAS } from "@/lib/domain/areas";
import { portalCopy } from "@/lib/i18n/portal";
import { cachedCatalogue, portalAmbito } from "@/lib/portal/cached";
import type { Locale } from "@/lib/portal/routes";
import { PortalFrame } from "./portal-frame";

/** The target areas with the plan's objectives and the live catalogue's measures of each. */
export async function AreasView({ locale }: { locale: Locale }) {
  const copy = portalCopy(locale);
  const c = copy.portal;
  const ambito = await portalAmbito();
  const { measures } = await cachedCatalogue(ambito.id);
  return (
    <PortalFrame locale={locale} page="areas" title={c.pages.areas.title} lead={c.areas.intro}>
      <ul className="grid gap-6 md:grid-cols-2">
        {AREAS.map((area) => {
          const inArea = measures.filter((m) => m.area === area);
          return (
            <li key={area}>
              <section
                aria-labelledby={`area-${area}`}
                className="h-full rounded border border-line border-t-4 border-t-primary p-5 shadow-sm"
              >
                <h2 id={`area-${area}`} className="text-2xl font-bold text-primary-darker">
                  {c.labels.areas[area]}
                </h2>
                <h3 className="mt-3 font-semibold">{c.areas.objectives}</h3>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {copy.portalAreas[area].map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
                <h3 className="mt-3 font-semibold">{c.areas.measures}</h3>
                {inArea.length ? (
                  <ul className="mt-1 list-disc space-y-1 pl-6">
                    {inArea.map((m) => (
                      <li key={m.id}>
                        {m.nome} <span className="text-muted">({c.labels.kinds[m.tipo]})</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 text-muted">{c.areas.noMeasures}</p>
                )}
              </section>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="trasversali" className="mt-8 rounded bg-primary-light p-6">
        <h2 id="trasversali" className="text-2xl font-bold text-primary-darker">
          {c.areas.transversalTitle}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {copy.portalAreas.trasversali.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
    </PortalFrame>
  );
}
