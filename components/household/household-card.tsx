import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { PersonLinks, PersonLinkView } from "@/lib/data/household";
import { RELATION_LABELS } from "@/lib/domain/household";
import { t } from "@/lib/i18n";
import { AddContactForm } from "./add-contact-form";
import { AddMemberForm } from "./add-member-form";
import { RemoveLink } from "./remove-link";

const m = t.plans.household;

function who(l: PersonLinkView): string {
  if (l.persona) return `${l.persona.cognome} ${l.persona.nome}`;
  return l.nome ?? m.otherComune;
}

function LinkItem({
  l,
  personId,
  canWrite,
}: {
  l: PersonLinkView;
  personId: string;
  canWrite: boolean;
}) {
  return (
    <li
      className="flex flex-wrap items-start justify-between gap-2 py-2"
      data-testid={`link-${l.tipo}`}
    >
      <div>
        {l.persona ? (
          <Link href={`/persone/${l.persona.id}`} className="font-semibold text-primary underline">
            {who(l)}
          </Link>
        ) : (
          <span className="font-semibold">{who(l)}</span>
        )}{" "}
        <span className="text-muted">
          · {RELATION_LABELS[l.relazione]}
          {l.persona ? ` · ${m.years(l.persona.eta)}` : ""}
          {l.daAnagrafe ? ` · ${m.fromRegistry}` : ""}
        </span>
        {l.contatto ? (
          <p className="text-sm">
            {m.contact}: {l.contatto}
          </p>
        ) : null}
        {l.note ? <p className="text-sm text-muted">{l.note}</p> : null}
      </div>
      {canWrite ? <RemoveLink personId={personId} linkId={l.id} label={who(l)} /> : null}
    </li>
  );
}

/** The person's nucleo familiare (registered persons) and social network, with their forms. */
export function HouseholdCard({
  personId,
  links,
  canWrite,
}: {
  personId: string;
  links: PersonLinks;
  canWrite: boolean;
}) {
  return (
    <Card title={m.title} className="mt-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="nucleo-titolo">
          <h3 id="nucleo-titolo" className="text-lg font-bold text-primary-darker">
            {m.nucleo}
          </h3>
          <p className="text-sm text-muted" data-testid="household-size">
            {m.size(links.componentiNucleo)}
          </p>
          {links.nucleo.length === 0 ? (
            <p className="mt-2">{m.noMembers}</p>
          ) : (
            <ul className="divide-y divide-line">
              {links.nucleo.map((l) => (
                <LinkItem key={l.id} l={l} personId={personId} canWrite={canWrite} />
              ))}
            </ul>
          )}
          {canWrite ? <AddMemberForm personId={personId} /> : null}
        </section>
        <section aria-labelledby="rete-titolo">
          <h3 id="rete-titolo" className="text-lg font-bold text-primary-darker">
            {m.rete}
          </h3>
          {links.rete.length === 0 ? (
            <p className="mt-2">{m.noContacts}</p>
          ) : (
            <ul className="divide-y divide-line">
              {links.rete.map((l) => (
                <LinkItem key={l.id} l={l} personId={personId} canWrite={canWrite} />
              ))}
            </ul>
          )}
          {canWrite ? <AddContactForm personId={personId} /> : null}
        </section>
      </div>
    </Card>
  );
}
