import type { Metadata } from "next";
import Link from "next/link";
import { MergeForm } from "@/components/persons/merge/merge-form";
import { MergeSearch } from "@/components/persons/merge/merge-search";
import { Card, DataList } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getMergePair, type MergeSide } from "@/lib/data/person-registry";
import { formatDate } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.registry.merge.title };

function SideCard({ title, side }: { title: string; side: MergeSide }) {
  const c = side.counts;
  return (
    <Card title={title}>
      <DataList
        items={[
          [t.persons.table.name, `${side.cognome} ${side.nome}`],
          [
            t.persons.fields.codiceFiscale,
            <span key="cf" className="font-mono">
              {side.codiceFiscale}
            </span>,
          ],
          [t.persons.fields.dataNascita, formatDate(side.dataNascita)],
          [t.persons.fields.indirizzo, `${side.indirizzo}, ${side.comune}`],
          [t.persons.fields.registeredOn, formatDate(side.creatoIl)],
          [
            t.registry.merge.compare,
            t.registry.merge.counts(c.richieste, c.cartelle, c.isee, c.disabilita),
          ],
        ]}
      />
    </Card>
  );
}

export default async function UnisciPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ con?: string | string[] }>;
}) {
  const { id } = await params;
  const { con } = await searchParams;
  const actor = await requireActor();
  const { self, other } = await orNotFound(
    getMergePair(db(), actor, id, typeof con === "string" ? con : undefined),
  );
  return (
    <>
      <PageHeader title={t.registry.merge.title} description={t.registry.merge.description} />
      {other ? (
        <>
          <div className="grid gap-6 lg:grid-cols-2" data-testid="merge-compare">
            <SideCard title={t.registry.merge.thisRecord} side={self} />
            <SideCard title={t.registry.merge.otherRecord} side={other} />
          </div>
          <p className="mt-3">
            <Link href={`/persone/${self.id}/unisci`} className="text-primary underline">
              {t.registry.merge.changeOther}
            </Link>
          </p>
          <MergeForm
            self={{ id: self.id, name: `${self.cognome} ${self.nome}` }}
            other={{ id: other.id, name: `${other.cognome} ${other.nome}` }}
          />
        </>
      ) : (
        <MergeSearch selfId={self.id} />
      )}
    </>
  );
}
