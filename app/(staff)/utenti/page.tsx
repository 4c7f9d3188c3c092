import type { Metadata } from "next";
import { ListExportLinks } from "@/components/dashboard/list-export-links";
import { PageHeader } from "@/components/ui/page-header";
import { UserActions } from "@/components/users/user-actions";
import { db } from "@/db/client";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.users.title };

export default async function UtentiPage() {
  const actor = await requireActor();
  const users = await orNotFound(listUsers(db(), actor));
  return (
    <>
      <PageHeader title={t.users.title} description={t.users.description} />
      <ListExportLinks list="utenti" title={t.users.title} />
      <div className="overflow-x-auto rounded border border-line">
        <table className="w-full text-left">
          <caption className="sr-only">{t.users.caption}</caption>
          <thead className="bg-surface">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t.users.columns.name}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.users.columns.email}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.users.columns.role}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.users.columns.status}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.users.columns.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-line align-top">
                <td className="px-3 py-2">{u.nome}</td>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2">{ROLE_LABELS[u.ruolo]}</td>
                <td className="px-3 py-2">
                  {u.attivo ? t.users.active : t.users.disabled}
                  {u.mustChangePassword ? (
                    <span className="block text-sm text-muted">{t.users.temporaryPassword}</span>
                  ) : null}
                </td>
                <td className="px-3 py-2 align-top">
                  {u.id === actor.id ? (
                    <span className="text-sm text-muted">{t.users.you}</span>
                  ) : (
                    <UserActions userId={u.id} nome={u.nome} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
