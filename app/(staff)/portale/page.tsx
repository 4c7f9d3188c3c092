import type { Metadata } from "next";
import { DocumentUpload } from "@/components/portal-admin/document-upload";
import { DocumentsTable } from "@/components/portal-admin/documents-table";
import { OfficeForm } from "@/components/portal-admin/office-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listOfficesForAdmin, listOfficialDocumentsForAdmin } from "@/lib/data/portal-admin";
import { readEnv } from "@/lib/env";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";
import { saveOfficeAction } from "./actions";

const m = t.portalAdmin;

export const metadata: Metadata = { title: m.title };

export default async function PortalAdminPage() {
  const actor = await requireActor();
  const [offices, documents] = await Promise.all([
    orNotFound(listOfficesForAdmin(db(), actor)),
    orNotFound(listOfficialDocumentsForAdmin(db(), actor)),
  ]);
  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <p className="mb-6">
        <a href="/" className="font-semibold text-primary underline">
          {m.viewPortal}
        </a>
      </p>
      <div className="space-y-6">
        <h2 className="text-2xl font-bold text-primary-darker">{m.offices.title}</h2>
        {offices.map((o) => (
          <Card key={o.id} title={o.nome} headingLevel={3}>
            <OfficeForm office={o} action={saveOfficeAction.bind(null, o.id)} />
          </Card>
        ))}
        <Card title={m.offices.newTitle} headingLevel={3}>
          <OfficeForm office={null} action={saveOfficeAction.bind(null, null)} />
        </Card>
        <Card title={m.documents.upload}>
          <DocumentUpload maxMb={readEnv().DOCUMENTS_MAX_MB} />
        </Card>
        <Card title={m.documents.list}>
          <DocumentsTable documents={documents} />
        </Card>
      </div>
    </>
  );
}
