import type { Metadata } from "next";
import { PersonForm } from "@/components/persons/person-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listComuniForPersonCreate } from "@/lib/data/comuni";

export const metadata: Metadata = { title: "Registra persona" };

export default async function NuovaPersonaPage() {
  const actor = await requireActor();
  const comuni = await listComuniForPersonCreate(db(), actor);
  return (
    <>
      <PageHeader
        title="Registra persona"
        description="Prima di registrare, cerca la persona: potrebbe essere già in anagrafica."
      />
      {comuni.length === 0 ? (
        <Notice tone="warning" title="Non puoi registrare persone">
          Solo le assistenti e gli assistenti sociali registrano persone, nei comuni che seguono.
        </Notice>
      ) : (
        <PersonForm comuni={comuni} />
      )}
    </>
  );
}
