import type { Db } from "@/db/client";
import { allows, scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { type CaseSummary, listCasesOfPerson } from "./cases";
import { type ComuneOption, listComuni } from "./comuni";
import { pendingTransferOf } from "./transfers";

export type PersonCasesView = {
  cases: CaseSummary[];
  canOpen: boolean;
  transfer: { comuni: ComuneOption[]; pending: { aComune: string } | null } | null;
};

/**
 * What the person page shows of the presa in carico, for the roles that read cartelle: the
 * cartelle, and what the actor may do (open one, transfer the person). Null for other roles.
 */
export async function personCasesView(
  db: Db,
  actor: Actor,
  person: { id: string; comuneId: string; unitaIn: string | null },
): Promise<PersonCasesView | null> {
  if (!scopeFor(actor, "case.read")) return null;
  const record = { ambitoId: actor.ambitoId, comuneId: person.comuneId };
  const active = !person.unitaIn && !actor.mustChangePassword && !actor.mfaPending;
  const canOpen = active && allows(actor, "case.manage", record);
  const canTransfer = active && allows(actor, "case.transfer", record);
  return {
    cases: await listCasesOfPerson(db, actor, person.id),
    canOpen,
    transfer: canTransfer
      ? {
          comuni: (await listComuni(db, actor)).filter((c) => c.id !== person.comuneId),
          pending: await pendingTransferOf(db, actor, person.id),
        }
      : null,
  };
}
