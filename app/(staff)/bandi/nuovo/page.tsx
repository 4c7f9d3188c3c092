import type { Metadata } from "next";
import { BandoForm } from "@/components/bandi/bando-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";
import { emptyBandoForm } from "@/lib/validation/bando-form";
import { bandoFormOptions } from "../form-options";

export const metadata: Metadata = { title: t.bandi.newTitle };

export default async function NuovoBandoPage() {
  const actor = await requireActor();
  const options = await orNotFound(bandoFormOptions(actor));
  return (
    <>
      <PageHeader title={t.bandi.newTitle} description={t.bandi.newDescription} />
      <BandoForm initial={emptyBandoForm()} {...options} />
    </>
  );
}
