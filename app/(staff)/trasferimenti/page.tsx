import type { Metadata } from "next";
import { ListExportLinks } from "@/components/dashboard/list-export-links";
import { TransferList } from "@/components/transfers/transfer-list";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listTransfers } from "@/lib/data/transfers";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.transfers.title };

export default async function TransfersPage() {
  const actor = await requireActor();
  const incoming = await orNotFound(listTransfers(db(), actor, { direction: "in" }));
  const outgoing = await orNotFound(listTransfers(db(), actor, { direction: "out" }));
  return (
    <>
      <PageHeader title={t.transfers.title} description={t.transfers.intro} />
      <ListExportLinks list="trasferimenti" title={t.transfers.title} />
      <div className="space-y-8">
        <TransferList
          id="in-arrivo"
          title={t.transfers.incoming}
          empty={t.transfers.noneIncoming}
          rows={incoming}
          direction="in"
        />
        <TransferList
          id="in-uscita"
          title={t.transfers.outgoing}
          empty={t.transfers.noneOutgoing}
          rows={outgoing}
          direction="out"
        />
      </div>
    </>
  );
}
