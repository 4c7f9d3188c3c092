import { type Permission, scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";

const NAV: { href: string; label: string; permission: Permission }[] = [
  { href: "/scrivania", label: "Scrivania", permission: "stats.read" },
  { href: "/richieste", label: "Richieste", permission: "request.read" },
  { href: "/persone", label: "Persone", permission: "person.read" },
  { href: "/misure", label: "Catalogo misure", permission: "measure.read" },
  { href: "/utenti", label: "Utenti", permission: "user.read" },
];

/** Menu entries are a convenience; the data layer still checks every read. */
export function navFor(actor: Actor) {
  return NAV.filter((item) => scopeFor(actor, item.permission));
}
