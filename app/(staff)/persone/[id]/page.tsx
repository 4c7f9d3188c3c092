import type { Metadata } from "next";
import Link from "next/link";
import { PersonCasesCard } from "@/components/cases/person-cases-card";
import { HouseholdCard } from "@/components/household/household-card";
import { ConditionsCard } from "@/components/persons/facts/conditions-card";
import { IseeAndCertifications } from "@/components/persons/facts/isee-and-certifications";
import { RequestsTable } from "@/components/requests/requests-table";
import { buttonClass } from "@/components/ui/button";
import { Card, DataList } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { allows, scopeFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listPersonLinks } from "@/lib/data/household";
import { personCasesView } from "@/lib/data/person-cases-view";
import { getPersonFacts } from "@/lib/data/person-facts";
import { getPerson } from "@/lib/data/persons";
import { listRequests } from "@/lib/data/requests";
import { formatDate } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

// The title never carries the person's name: it is visible in tabs, history and screen shares.
export const metadata: Metadata = { title: t.persons.recordTitle };

export default async function PersonaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const person = await orNotFound(getPerson(db(), actor, id));
  // One round trip per section, in parallel: each is its own scoped, logged read.
  const [requests, facts, links, cases] = await Promise.all([
    orNotFound(
      listRequests(db(), actor, { personId: person.id, sort: "data", desc: true, limit: 50 }),
    ),
    orNotFound(getPersonFacts(db(), actor, person.id)),
    orNotFound(listPersonLinks(db(), actor, person.id)),
    orNotFound(personCasesView(db(), actor, person)),
  ]);
  const canWriteFacts = allows(actor, "person.facts.write", {
    ambitoId: actor.ambitoId,
    comuneId: person.comuneId,
  });
  return (
    <>
      <PageHeader
        title={`${person.cognome} ${person.nome}`}
        description={t.persons.residentIn(person.comune)}
        actions={
          <>
            {scopeFor(actor, "audit.read") ? (
              <Link href={`/persone/${person.id}/accessi`} className={buttonClass("secondary")}>
                {t.persons.accessLog.link}
              </Link>
            ) : null}
            {scopeFor(actor, "person.merge") && !person.unitaIn ? (
              <Link href={`/persone/${person.id}/unisci`} className={buttonClass("secondary")}>
                {t.registry.merge.link}
              </Link>
            ) : null}
            {scopeFor(actor, "person.export") ? (
              <>
                <a
                  href={`/api/v1/persons/${person.id}/export`}
                  className={buttonClass("secondary")}
                  download
                >
                  {t.subject.exportJson}
                </a>
                <a
                  href={`/api/v1/persons/${person.id}/export?format=pdf`}
                  className={buttonClass("secondary")}
                  download
                >
                  {t.subject.exportPdf}
                </a>
              </>
            ) : null}
            {allows(actor, "request.create", {
              ambitoId: actor.ambitoId,
              comuneId: person.comuneId,
            }) ? (
              <Link href={`/richieste/nuova?persona=${person.id}`} className={buttonClass()}>
                {t.persons.newRequest}
              </Link>
            ) : null}
          </>
        }
      />
      {person.unitaIn ? (
        <div className="mb-6">
          <Notice tone="warning" title={t.registry.merge.mergedNotice} testId="merged-notice">
            <Link
              href={`/persone/${person.unitaIn}`}
              className="font-semibold text-primary underline"
            >
              {t.registry.merge.openKept}
            </Link>
          </Notice>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t.persons.registry}>
          <DataList
            items={[
              [
                t.persons.fields.codiceFiscale,
                <span key="cf" className="font-mono">
                  {person.codiceFiscale}
                </span>,
              ],
              [t.persons.fields.sesso, t.persons.sex[person.sesso]],
              [t.persons.fields.dataNascita, formatDate(person.dataNascita)],
              [t.persons.fields.luogoNascita, person.luogoNascitaLabel],
              [t.persons.fields.cittadinanza, person.cittadinanza],
              [t.persons.fields.indirizzo, `${person.indirizzo}, ${person.comune}`],
              [t.persons.fields.telefono, person.telefono ?? t.common.missing],
              [t.persons.fields.email, person.email ?? t.common.missing],
              [t.persons.fields.registeredOn, formatDate(person.creatoIl)],
            ]}
          />
        </Card>
        <ConditionsCard
          personId={person.id}
          conditions={facts.conditions}
          fromHousehold={links.nucleo.length ? links.componentiNucleo : undefined}
          canWrite={canWriteFacts}
        />
      </div>
      {cases ? <PersonCasesCard personId={person.id} {...cases} /> : null}
      <HouseholdCard personId={person.id} links={links} canWrite={canWriteFacts} />
      <IseeAndCertifications facts={facts} canWrite={canWriteFacts} />
      <section className="mt-8" aria-labelledby="richieste-persona">
        <h2 id="richieste-persona" className="mb-3 text-2xl font-bold text-primary-darker">
          {t.persons.requests}
        </h2>
        <RequestsTable
          rows={requests.rows.map((r) => ({ ...r, creatoIl: r.creatoIl.toISOString() }))}
          sort={{ id: "data", desc: true }}
        />
      </section>
    </>
  );
}
