import { portalCopy } from "@/lib/i18n/portal";
import { cachedComuni, portalAmbito } from "@/lib/portal/cached";
import type { Locale } from "@/lib/portal/routes";
import { PortalFrame } from "./portal-frame";

const h2 = "mt-10 mb-3 text-2xl font-bold text-primary-darker";

/** The Piano di Zona: what it is, its period, how it is made, its actors (comuni from the DB). */
export async function PlanView({ locale }: { locale: Locale }) {
  const c = portalCopy(locale).portal;
  const p = c.plan;
  const ambito = await portalAmbito();
  const comuni = await cachedComuni(ambito.id);
  const numbers = new Intl.NumberFormat(locale === "en" ? "en-GB" : "it-IT");
  return (
    <PortalFrame
      locale={locale}
      page="plan"
      title={c.pages.plan.title}
      lead={c.pages.plan.description}
    >
      <div className="max-w-3xl space-y-4 text-lg">
        <h2 className="mb-3 text-2xl font-bold text-primary-darker">{p.whatTitle}</h2>
        {p.what.map((text) => (
          <p key={text}>{text}</p>
        ))}
        <h2 className={h2}>{p.periodTitle}</h2>
        <p>{p.period}</p>
        <h2 className={h2}>{p.iterTitle}</h2>
        <ol className="list-decimal space-y-1 pl-6">
          {p.iter.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
      <h2 className={h2}>{p.actorsTitle}</h2>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="comuni" className="rounded border border-line p-5">
          <h3 id="comuni" className="text-xl font-bold text-primary-darker">
            {p.comuniTitle}
          </h3>
          <p className="mt-2">{p.comuniIntro(comuni.length, ambito.ente)}</p>
          <ul className="mt-4 grid gap-2 sm:grid-cols-2" data-testid="plan-comuni">
            {comuni.map((co) => (
              <li key={co.nome} className="rounded bg-surface px-3 py-2">
                <span className="font-semibold">{co.nome}</span>
                {co.capofila ? (
                  <span className="ml-2 text-sm text-primary-darker">({p.capofila})</span>
                ) : null}
                {co.popolazione ? (
                  <span className="block text-sm text-muted">
                    {p.population(numbers.format(co.popolazione))}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
        <div className="space-y-6">
          <section aria-labelledby="terzo" className="rounded border border-line p-5">
            <h3 id="terzo" className="text-xl font-bold text-primary-darker">
              {p.terzoTitle}
            </h3>
            <p className="mt-2">{p.terzo}</p>
          </section>
          <section aria-labelledby="sindacati" className="rounded border border-line p-5">
            <h3 id="sindacati" className="text-xl font-bold text-primary-darker">
              {p.sindacatiTitle}
            </h3>
            <p className="mt-2">{p.sindacati}</p>
          </section>
        </div>
      </div>
    </PortalFrame>
  );
}
