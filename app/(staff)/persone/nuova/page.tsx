import type { Metadata } from "next";
import { PersonForm } from "@/components/persons/person-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listComuniForPersonCreate } from "@/lib/data/comuni";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.persons.newTitle };

export default async function NuovaPersonaPage() {
  const actor = await requireActor();
  const comuni = await orNotFound(listComuniForPersonCreate(db(), actor));
  return (
    <>
      <PageHeader title={t.persons.newTitle} description={t.persons.newDescription} />
      {comuni.length === 0 ? (
        <Notice tone="warning" title={t.persons.cannotRegister.title}>
          {t.persons.cannotRegister.body}
        </Notice>
      ) : (
        <PersonForm comuni={comuni} />
      )}
    </>
  );
}
