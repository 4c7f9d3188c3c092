import type { Metadata } from "next";
import { RequestForm } from "@/components/requests/request-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { allows } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listOpenBandiForFiling } from "@/lib/data/applications";
import { listMeasures } from "@/lib/data/measures";
import { getPerson } from "@/lib/data/persons";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.requests.newTitle };

export default async function NuovaRichiestaPage({
  searchParams,
}: {
  searchParams: Promise<{ persona?: string | string[] }>;
}) {
  const actor = await requireActor();
  const { persona } = await searchParams;
  const person = await orNotFound(
    getPerson(db(), actor, typeof persona === "string" ? persona : ""),
  );
  const measures = await orNotFound(listMeasures(db(), actor, { onlyActive: true }));
  const canFile = allows(actor, "request.create", {
    ambitoId: actor.ambitoId,
    comuneId: person.comuneId,
  });
  const bandi = canFile ? await listOpenBandiForFiling(db(), actor) : [];
  return (
    <>
      <PageHeader
        title={t.requests.newTitle}
        description={t.requests.newDescription(person.cognome, person.nome, person.comune)}
      />
      {canFile ? (
        <RequestForm personId={person.id} measures={measures} bandi={bandi} />
      ) : (
        <Notice tone="warning" title={t.requests.cannotFile.title}>
          {t.requests.cannotFile.body}
        </Notice>
      )}
    </>
  );
}
