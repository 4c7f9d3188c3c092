import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RequestsTable } from "@/components/requests/requests-table";
import { buttonClass } from "@/components/ui/button";
import { Card, DataList } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { allows } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/data/errors";
import { getPerson } from "@/lib/data/persons";
import { listRequests } from "@/lib/data/requests";
import { formatDate, formatEuro } from "@/lib/domain/format";

// The title never carries the person's name: it is visible in tabs, history and screen shares.
export const metadata: Metadata = { title: "Scheda persona" };

export default async function PersonaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const person = await getPerson(db(), actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const requests = await listRequests(db(), actor, {
    personId: person.id,
    sort: "data",
    desc: true,
    limit: 50,
  });
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title={`${person.cognome} ${person.nome}`}
        description={`Residente a ${person.comune}`}
        actions={
          allows(actor, "request.create", {
            ambitoId: actor.ambitoId,
            comuneId: person.comuneId,
          }) ? (
            <Link href={`/richieste/nuova?persona=${person.id}`} className={buttonClass()}>
              Nuova richiesta
            </Link>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Anagrafica">
          <DataList
            items={[
              [
                "Codice fiscale",
                <span key="cf" className="font-mono">
                  {person.codiceFiscale}
                </span>,
              ],
              ["Sesso", person.sesso === "F" ? "Femmina" : "Maschio"],
              ["Data di nascita", formatDate(person.dataNascita)],
              ["Luogo di nascita", person.luogoNascitaLabel],
              ["Cittadinanza", person.cittadinanza],
              ["Indirizzo", `${person.indirizzo}, ${person.comune}`],
              ["Telefono", person.telefono ?? "—"],
              ["Email", person.email ?? "—"],
              ["Registrata il", formatDate(person.creatoIl)],
            ]}
          />
        </Card>
        <Card title="Attestazioni ISEE">
          {person.isee.length === 0 ? (
            <p className="text-muted">Nessuna attestazione registrata.</p>
          ) : (
            <ul className="space-y-2">
              {person.isee.map((i) => (
                <li key={i.id} className="rounded border border-line p-3">
                  <p className="font-semibold">
                    ISEE {i.tipo.replaceAll("_", " ")}: {formatEuro(i.valore)}
                    {i.scadenza < today ? (
                      <span className="ml-2 text-danger">(scaduta)</span>
                    ) : null}
                  </p>
                  <p className="text-sm text-muted">
                    DSU {i.protocolloDsu} · presentata il {formatDate(i.dataPresentazione)} · valida
                    fino al {formatDate(i.scadenza)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <section className="mt-8" aria-labelledby="richieste-persona">
        <h2 id="richieste-persona" className="mb-3 text-2xl font-bold text-primary-darker">
          Richieste
        </h2>
        <RequestsTable
          rows={requests.rows.map((r) => ({ ...r, creatoIl: r.creatoIl.toISOString() }))}
          sort={{ id: "data", desc: true }}
        />
      </section>
    </>
  );
}
