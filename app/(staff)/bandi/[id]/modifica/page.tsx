import type { Metadata } from "next";
import { BandoForm } from "@/components/bandi/bando-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getBando } from "@/lib/data/bandi";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";
import { bandoFormFromBando } from "@/lib/validation/bando-form";
import { bandoFormOptions } from "../../form-options";

export const metadata: Metadata = { title: t.bandi.editTitle };

export default async function ModificaBandoPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const options = await orNotFound(bandoFormOptions(actor));
  const bando = await orNotFound(getBando(db(), actor, id));
  const frozen = bando.graduatoriaIl !== null;
  return (
    <>
      <PageHeader title={t.bandi.editTitle} description={bando.titolo} />
      <div className="mb-6 max-w-4xl space-y-3">
        {bando.stato !== "da_aprire" ? (
          <Notice tone="warning" testId="edit-after-opening">
            {t.bandi.editAfterOpening}
          </Notice>
        ) : null}
        {frozen ? <Notice tone="warning">{t.bandi.editAfterRanking}</Notice> : null}
      </div>
      <BandoForm
        bandoId={bando.id}
        initial={bandoFormFromBando(bando)}
        frozen={frozen}
        {...options}
      />
    </>
  );
}
