import Link from "next/link";
import type { PortalBando } from "@/lib/data/portal";
import { daysBetween } from "@/lib/domain/dates";
import { formatDate, formatEuro } from "@/lib/domain/format";
import { portalCopy } from "@/lib/i18n/portal";
import { type Locale, pathOf } from "@/lib/portal/routes";

/** An open bando as a card: title, measure, deadline with the days left, amount, allocation. */
export function BandoCard({
  bando,
  measureName,
  today,
  locale,
  headingLevel = 3,
}: {
  bando: PortalBando;
  measureName: string;
  today: string;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const c = portalCopy(locale).portal.calls;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const left = daysBetween(today, bando.chiusura);
  return (
    <article
      className="flex h-full flex-col rounded border border-line bg-white p-5 shadow-sm"
      data-testid="open-call"
    >
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">
        {c.measure(measureName)}
      </p>
      <Heading className="mt-1 text-xl font-bold text-primary-darker">{bando.titolo}</Heading>
      <p className="mt-3 text-lg font-semibold text-ink">
        {c.deadline(formatDate(bando.chiusura))}{" "}
        <span className="rounded bg-primary-light px-2 py-0.5 text-base text-primary-darker">
          {c.daysLeft(left)}
        </span>
      </p>
      <ul className="mt-3 space-y-1">
        <li>{c.window(formatDate(bando.apertura), formatDate(bando.chiusura))}</li>
        <li>{c.period(formatDate(bando.periodoInizio), formatDate(bando.periodoFine))}</li>
        {bando.importoMensile && !bando.importiFasce?.length ? (
          <li>
            {c.amount(formatEuro(bando.importoMensile))}
            {bando.mesi ? ` ${c.months(bando.mesi)}` : ""}
          </li>
        ) : null}
        {bando.oreMensili ? <li>{c.hours(bando.oreMensili)}</li> : null}
        <li>{c.allocation[bando.modalita]}</li>
      </ul>
      <p className="mt-auto pt-4">
        <Link
          href={`${pathOf("criteria", locale)}#bando-${bando.id}`}
          className="font-semibold text-primary underline"
        >
          {c.criteriaLink}
          <span className="sr-only">: {bando.titolo}</span>
        </Link>
      </p>
    </article>
  );
}
