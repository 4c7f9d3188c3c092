import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Notice } from "@/components/ui/notice";
import { currentActor } from "@/lib/auth/session";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.auth.metaTitle };

type Reason = keyof typeof t.auth.reasons;

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ motivo?: string | string[] }>;
}) {
  if (await currentActor()) redirect("/scrivania");
  const { motivo } = await searchParams;
  const reason = typeof motivo === "string" && motivo in t.auth.reasons ? (motivo as Reason) : null;
  return (
    <main id="contenuto" className="flex min-h-screen items-center justify-center bg-surface p-4">
      <div className="w-full max-w-md rounded border border-line bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-primary">
          {t.auth.kicker}
        </p>
        <h1 className="mb-6 text-3xl font-bold text-primary-darker">{t.auth.title}</h1>
        {reason ? (
          <div className="mb-4">
            <Notice tone="info" testId="login-reason">
              {t.auth.reasons[reason]}
            </Notice>
          </div>
        ) : null}
        <LoginForm />
        <p className="mt-6 text-sm text-muted">
          {t.auth.citizen.before}
          <Link href="/" className="text-primary underline">
            {t.auth.citizen.link}
          </Link>
          {t.auth.citizen.after}
        </p>
      </div>
    </main>
  );
}
