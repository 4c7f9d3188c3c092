import {
  describeCopayment,
  describeEligibility,
  describeScoring,
} from "@/components/bandi/describe";
import type { PortalBando, PortalCatalogue, PortalMeasure } from "@/lib/data/portal";
import { formatDate, formatEuro } from "@/lib/domain/format";
import { portalCopy } from "@/lib/i18n/portal";
import type { Locale } from "@/lib/portal/routes";
import { ruleWords } from "./rule-words";

/** One open bando's requirements, generated from its rules (the engine's own data). */
function BandoRules({
  bando,
  names,
  locale,
}: {
  bando: PortalBando;
  names: PortalCatalogue["names"];
  locale: Locale;
}) {
  const c = portalCopy(locale).portal;
  const w = ruleWords(locale);
  return (
    <section
      id={`bando-${bando.id}`}
      aria-labelledby={`bando-${bando.id}-title`}
      className="mt-4 rounded bg-surface p-4"
      data-testid="bando-criteria"
    >
      <h4 id={`bando-${bando.id}-title`} className="font-bold text-primary-darker">
        {c.criteria.openCall(bando.titolo, formatDate(bando.chiusura))}
      </h4>
      <h5 className="mt-3 font-semibold">{c.criteria.whoCanApply}</h5>
      {bando.regoleAmmissione.length ? (
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {bando.regoleAmmissione.map((rule, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id and keep their order
            <li key={i}>{describeEligibility(rule, names, w)}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">{c.criteria.noRules}</p>
      )}
      {bando.importiFasce?.length ? (
        <>
          <h5 className="mt-3 font-semibold">{c.calls.tiersTitle}</h5>
          <ul className="mt-1 list-disc pl-6">
            {bando.importiFasce.map((f) => (
              <li key={f.iseeFino}>
                ISEE ≤ {formatEuro(f.iseeFino)}: {formatEuro(f.importoMensile)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {bando.modalita === "graduatoria" && bando.regolePunteggio.length ? (
        <>
          <h5 className="mt-3 font-semibold">{c.criteria.scoring}</h5>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {bando.regolePunteggio.map((rule) => (
              <li key={rule.type}>{describeScoring(rule, w)}</li>
            ))}
          </ul>
          <p className="mt-1 text-muted">{c.criteria.tieBreak}</p>
        </>
      ) : null}
      {bando.compartecipazione ? (
        <>
          <h5 className="mt-3 font-semibold">{c.criteria.copayment}</h5>
          <p className="mt-1">{describeCopayment(bando.compartecipazione, w)}</p>
        </>
      ) : null}
      <p className="mt-3">{c.calls.allocation[bando.modalita]}</p>
    </section>
  );
}

/** A measure of the catalogue with what it takes to get it: its open bandi, or the way in. */
export function MeasureCriteria({
  measure,
  bandi,
  names,
  locale,
}: {
  measure: PortalMeasure;
  bandi: PortalBando[];
  names: PortalCatalogue["names"];
  locale: Locale;
}) {
  const c = portalCopy(locale).portal;
  return (
    <article
      id={`misura-${measure.codice}`}
      className="rounded border border-line border-l-4 border-l-primary p-5"
      data-testid="measure-criteria"
    >
      <h3 className="text-xl font-bold text-primary-darker">{measure.nome}</h3>
      <p className="mt-1 text-muted">
        {c.criteria.kind}: {c.labels.kinds[measure.tipo]} · {c.criteria.area}:{" "}
        {c.labels.areas[measure.area]}
      </p>
      {measure.descrizione ? <p className="mt-2">{measure.descrizione}</p> : null}
      <ul className="mt-2 space-y-1">
        {measure.provaMezzi ? <li>{c.criteria.means[measure.provaMezzi]}</li> : null}
        {measure.importoMensile ? (
          <li>
            {c.criteria.monthly(formatEuro(measure.importoMensile))}
            {measure.mesiMassimi ? ` ${c.criteria.maxMonths(measure.mesiMassimi)}` : ""}
          </li>
        ) : null}
      </ul>
      {bandi.length ? (
        bandi.map((b) => <BandoRules key={b.id} bando={b} names={names} locale={locale} />)
      ) : (
        <p className="mt-3 rounded bg-surface p-3">{c.criteria.noCall}</p>
      )}
    </article>
  );
}
