import { formatDate } from "@/lib/domain/format";
import { portalCopy } from "@/lib/i18n/portal";
import { cachedOffices, portalAmbito } from "@/lib/portal/cached";
import type { Locale } from "@/lib/portal/routes";
import { OfficeHoursTable } from "./office-hours";
import { PortalFrame } from "./portal-frame";

/** The Ufficio di Piano: what it does, its offices and reception hours (edited by the administrator). */
export async function OfficeView({ locale }: { locale: Locale }) {
  const c = portalCopy(locale).portal;
  const o = c.office;
  const ambito = await portalAmbito();
  const offices = await cachedOffices(ambito.id);
  return (
    <PortalFrame locale={locale} page="office" title={c.pages.office.title} lead={o.intro}>
      <h2 className="mb-4 text-2xl font-bold text-primary-darker">{o.officesTitle}</h2>
      {offices.length ? (
        <ul className="grid gap-6 md:grid-cols-2">
          {offices.map((office) => (
            <li key={office.id}>
              <article
                className="h-full rounded border border-line border-t-4 border-t-primary p-5 shadow-sm"
                data-testid="office"
              >
                <h3 className="text-xl font-bold text-primary-darker">{office.nome}</h3>
                {office.note ? <p className="mt-1 text-muted">{office.note}</p> : null}
                <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="font-semibold">{o.address}</dt>
                  <dd>{office.indirizzo}</dd>
                  {office.telefono ? (
                    <>
                      <dt className="font-semibold">{o.phone}</dt>
                      <dd>
                        <a
                          href={`tel:${office.telefono.replace(/\s/g, "")}`}
                          className="text-primary underline"
                        >
                          {office.telefono}
                        </a>
                      </dd>
                    </>
                  ) : null}
                  {office.email ? (
                    <>
                      <dt className="font-semibold">{o.email}</dt>
                      <dd>
                        <a
                          href={`mailto:${office.email}`}
                          className="break-all text-primary underline"
                        >
                          {office.email}
                        </a>
                      </dd>
                    </>
                  ) : null}
                </dl>
                <div className="mt-4">
                  <OfficeHoursTable orari={office.orari} locale={locale} caption={o.hours} />
                </div>
                <p className="mt-3 text-sm text-muted">
                  {o.updated(formatDate(office.aggiornatoIl))}
                </p>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p>{o.empty}</p>
      )}
    </PortalFrame>
  );
}
