import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { listPersonAccesses } from "@/lib/data/access-log";
import { formatDateTime } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.persons.accessLog.metaTitle };

export default async function AccessiPersonaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const entries = await orNotFound(listPersonAccesses(db(), actor, id));
  const m = t.persons.accessLog;
  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          <Link href={`/persone/${id}`} className="text-primary underline">
            {m.back}
          </Link>
        }
      />
      <div className="overflow-x-auto rounded border border-line">
        <table className="w-full text-left" data-testid="access-log">
          <caption className="sr-only">{m.caption}</caption>
          <thead className="bg-surface">
            <tr>
              {Object.values(m.columns).map((c) => (
                <th key={c} scope="col" className="px-3 py-2">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-3 py-6 text-center text-muted">
                  {m.empty}
                </td>
              </tr>
            ) : (
              entries.map((e) => (
                <tr key={e.id} className="border-t border-line">
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                    {formatDateTime(e.at)}
                  </td>
                  <td className="px-3 py-2">{e.utente ?? "—"}</td>
                  <td className="px-3 py-2">{e.ruolo ? ROLE_LABELS[e.ruolo] : "—"}</td>
                  <td className="px-3 py-2">{m.actions[e.azione] ?? e.azione}</td>
                  <td className="px-3 py-2">{m.objects[e.entita] ?? e.entita}</td>
                  <td className="px-3 py-2 font-mono text-sm">{e.ip ?? "—"}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
