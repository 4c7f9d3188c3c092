import type { Metadata } from "next";
import Link from "next/link";
import { BandiTable } from "@/components/bandi/bandi-table";
import { ListExportLinks } from "@/components/dashboard/list-export-links";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { scopeFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listBandi } from "@/lib/data/bandi";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.bandi.listTitle };

export default async function BandiPage() {
  const actor = await requireActor();
  const rows = await orNotFound(listBandi(db(), actor));
  return (
    <>
      <PageHeader
        title={t.bandi.listTitle}
        description={t.bandi.listDescription}
        actions={
          scopeFor(actor, "bando.manage") ? (
            <Link href="/bandi/nuovo" className={buttonClass()}>
              {t.bandi.newAction}
            </Link>
          ) : null
        }
      />
      <ListExportLinks list="bandi" title={t.bandi.listTitle} />
      <BandiTable rows={rows} />
    </>
  );
}
