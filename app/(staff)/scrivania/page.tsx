import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { scopeFor } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { countRequestsByStatus } from "@/lib/data/requests";
import { REQUEST_STATUSES, STATUS_LABELS } from "@/lib/domain/request-workflow";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.desk.title };

export default async function ScrivaniaPage() {
  const actor = await requireActor();
  if (!scopeFor(actor, "stats.read")) {
    return (
      <>
        <PageHeader title={t.desk.title} description={ROLE_LABELS[actor.role]} />
        <p>
          {t.desk.noCaseAccess.before}
          <Link className="text-primary underline" href="/utenti">
            {t.desk.noCaseAccess.link}
          </Link>
          {t.desk.noCaseAccess.after}
        </p>
      </>
    );
  }
  const counts = await orNotFound(countRequestsByStatus(db(), actor));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const pending = (counts.presentata ?? 0) + (counts.in_istruttoria ?? 0);
  return (
    <>
      <PageHeader
        title={t.desk.greeting(actor.nome.split(" ")[0] ?? "")}
        description={actor.role === "coordinatore" ? t.desk.scopeDistrict : t.desk.scopeOwnComuni}
      />
      <div className="mb-8 grid gap-4 sm:grid-cols-3">
        <Card title={t.desk.total} headingLevel={2}>
          <p className="text-4xl font-bold" data-testid="count-total">
            {total}
          </p>
        </Card>
        <Card title={t.desk.pending} headingLevel={2}>
          <p className="text-4xl font-bold" data-testid="count-pending">
            {pending}
          </p>
          <Link className="text-primary underline" href="/richieste?stato=presentata">
            {t.desk.seeFiled}
          </Link>
        </Card>
        <Card title={t.desk.inPayment} headingLevel={2}>
          <p className="text-4xl font-bold">{counts.in_erogazione ?? 0}</p>
        </Card>
      </div>
      <Card title={t.desk.byStatus}>
        <table className="w-full max-w-xl text-left" data-testid="status-counts">
          <caption className="sr-only">{t.desk.byStatusCaption}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2">
                {t.desk.statusColumn}
              </th>
              <th scope="col" className="py-2 text-right">
                {t.desk.countColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {REQUEST_STATUSES.filter((s) => counts[s]).map((s) => (
              <tr key={s} className="border-b border-line/60">
                <td className="py-2">
                  <Link className="text-primary underline" href={`/richieste?stato=${s}`}>
                    {STATUS_LABELS[s]}
                  </Link>
                </td>
                <td className="py-2 text-right tabular-nums">{counts[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
