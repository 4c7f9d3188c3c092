import type { Metadata } from "next";
import { MfaDisable, MfaEnrollment } from "@/components/account/mfa-enrollment";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { getMfaStatus } from "@/lib/data/mfa";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.mfa.metaTitle };

export default async function MfaPage() {
  const actor = await requireActor();
  const status = await orNotFound(getMfaStatus(db(), actor));
  return (
    <>
      <PageHeader title={t.mfa.title} description={t.mfa.description} />
      {status.enrolled ? (
        <div className="space-y-6">
          <Notice tone="success" title={t.mfa.active}>
            {t.mfa.recoveryLeft(status.recoveryCodesLeft)}
          </Notice>
          {status.required ? null : <MfaDisable />}
        </div>
      ) : (
        <div className="space-y-4">
          {status.required ? (
            <Notice tone="warning" testId="mfa-required">
              {t.mfa.required}
            </Notice>
          ) : null}
          <MfaEnrollment />
        </div>
      )}
    </>
  );
}
