import Link from "next/link";
import { logout } from "@/app/(staff)/actions";
import type { Actor } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { t } from "@/lib/i18n";
import { navFor } from "./nav";
import { NavLinks } from "./nav-links";

export function StaffHeader({ actor, ambito }: { actor: Actor; ambito: string }) {
  // With a temporary password the only page open is the one that replaces it.
  const nav = actor.mustChangePassword ? [] : navFor(actor);
  return (
    <header className="bg-primary-darker text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
        <span>{ambito}</span>
        <div className="flex flex-wrap items-center gap-4">
          <span data-testid="current-user">
            {actor.nome} · {ROLE_LABELS[actor.role]}
          </span>
          <Link href="/account/password" className="text-white underline hover:no-underline">
            {t.account.headerLink}
          </Link>
          <Link href="/account/mfa" className="text-white underline hover:no-underline">
            {t.mfa.link}
          </Link>
          <form action={logout}>
            <button
              type="submit"
              className="rounded border border-white px-3 py-1 font-semibold hover:bg-white hover:text-primary-darker"
            >
              {t.layout.logout}
            </button>
          </form>
        </div>
      </div>
      <div className="bg-primary">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-6 px-4 py-3">
          <Link href="/scrivania" className="text-2xl font-bold text-white no-underline">
            {t.common.appName}
          </Link>
          {nav.length ? <NavLinks items={nav.map(({ href, label }) => ({ href, label }))} /> : null}
        </div>
      </div>
    </header>
  );
}
