import { type Permission, scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { t } from "@/lib/i18n";

const NAV: { href: string; label: string; permission: Permission }[] = [
  { href: "/scrivania", label: t.layout.nav.desk, permission: "stats.read" },
  { href: "/cruscotto", label: t.dashboard.nav, permission: "dashboard.read" },
  { href: "/agenda", label: t.calendar.nav, permission: "appointment.read" },
  { href: "/richieste", label: t.layout.nav.requests, permission: "request.read" },
  { href: "/persone", label: t.layout.nav.persons, permission: "person.read" },
  { href: "/trasferimenti", label: t.transfers.nav, permission: "case.transfer" },
  { href: "/bandi", label: t.bandi.nav, permission: "bando.read" },
  { href: "/misure", label: t.layout.nav.catalogue, permission: "measure.read" },
  { href: "/siuss", label: t.siuss.nav, permission: "siuss.read" },
  { href: "/portale", label: t.portalAdmin.nav, permission: "portal.manage" },
  { href: "/modelli", label: t.layout.nav.templates, permission: "document.template.manage" },
  { href: "/utenti", label: t.layout.nav.users, permission: "user.read" },
];

/** Menu entries are a convenience; the data layer still checks every read. */
export function navFor(actor: Actor) {
  return NAV.filter((item) => scopeFor(actor, item.permission));
}
