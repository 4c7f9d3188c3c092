import type { Metadata } from "next";
import { PasswordForm } from "@/components/account/password-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.account.password.title };

export default async function PasswordPage() {
  const actor = await requireActor();
  return (
    <>
      <PageHeader title={t.account.password.title} description={t.account.password.description} />
      {actor.mustChangePassword ? (
        <div className="mb-6 max-w-xl">
          <Notice tone="warning" title={t.account.password.mustChange.title} testId="must-change">
            {t.account.password.mustChange.body}
          </Notice>
        </div>
      ) : null}
      <PasswordForm email={actor.email} />
    </>
  );
}
