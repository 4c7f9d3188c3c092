import type { Metadata } from "next";
import { ImportForm } from "@/components/registry-import/import-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listImportComuni, listRecentImports } from "@/lib/data/registry-import";
import { formatDateTime } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.registryImport.title };

export default async function ImportaPage() {
  const actor = await requireActor();
  const [comuni, recent] = await Promise.all([
    orNotFound(listImportComuni(db(), actor)),
    orNotFound(listRecentImports(db(), actor)),
  ]);
  const m = t.registryImport;
  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <Card>
        <ImportForm comuni={comuni} />
      </Card>
      {recent.length ? (
        <Card title={m.recent} className="mt-6">
          <ul className="divide-y divide-line">
            {recent.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  {r.comune} · {formatDateTime(r.creatoIl)}
                </span>
                {r.completataIl && r.scartate > 0 ? (
                  <a
                    className="text-primary underline"
                    href={`/api/v1/imports/${r.id}/report.csv`}
                    download
                  >
                    {m.report} ({r.scartate})
                  </a>
                ) : (
                  <span className="text-muted">
                    {r.completataIl ? `${m.summary.scartate}: 0` : m.running}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
