import type { Actor, Role } from "./roles";

/**
 * The one declared permission policy: role × action → scope.
 * - "district": every record of the actor's ambito;
 * - "own_comune": records of the comuni the actor serves;
 * A role missing from an action's entry may not perform it at all.
 */
export type Scope = "district" | "own_comune";

// Every role manages its own account; the data layer limits these actions to the actor's own row.
const EVERY_ROLE_OWN_ACCOUNT = {
  assistente_sociale: "district",
  coordinatore: "district",
  amministratore_comunale: "district",
  amministratore_sistema: "district",
} as const;

export const POLICY = {
  "person.read": {
    assistente_sociale: "own_comune",
    coordinatore: "district",
    amministratore_comunale: "own_comune",
  },
  "person.create": { assistente_sociale: "own_comune" },
  "request.read": {
    assistente_sociale: "own_comune",
    coordinatore: "district",
    amministratore_comunale: "own_comune",
  },
  "request.create": { assistente_sociale: "own_comune" },
  "request.transition.worker": { assistente_sociale: "own_comune" },
  "request.transition.coordinator": { coordinatore: "district" },
  "measure.read": {
    assistente_sociale: "district",
    coordinatore: "district",
    amministratore_comunale: "district",
  },
  "comune.read": {
    assistente_sociale: "district",
    coordinatore: "district",
    amministratore_comunale: "district",
    amministratore_sistema: "district",
  },
  "user.read": { amministratore_sistema: "district" },
  "user.manage": { amministratore_sistema: "district" },
  // Everyone changes their own password, and only their own: the scope is the actor's account.
  "account.password": EVERY_ROLE_OWN_ACCOUNT,
  "account.mfa": EVERY_ROLE_OWN_ACCOUNT,
  "audit.read": { coordinatore: "district" },
  "person.export": { coordinatore: "district" },
  // Merging two records of the same person (the registry's duplicates).
  "person.merge": { coordinatore: "district" },
  "bando.read": {
    assistente_sociale: "district",
    coordinatore: "district",
    amministratore_comunale: "district",
  },
  "bando.manage": { coordinatore: "district" },
  // ISEE attestations, disability certifications, household and living conditions.
  "person.facts.write": { assistente_sociale: "own_comune" },
  // Override of the eligibility engine's outcome, with a written reason.
  "request.override": { coordinatore: "district" },
  "document.template.manage": { coordinatore: "district" },
  // Recording payments (liquidazioni) against a benefit in erogazione.
  "delivery.pay": { coordinatore: "district" },
  // The cartella sociale. Comune administrators see the caseload, never the diary or documents.
  "case.read": {
    assistente_sociale: "own_comune",
    coordinatore: "district",
    amministratore_comunale: "own_comune",
  },
  // Opening, suspending, closing, reopening a cartella and changing its équipe.
  "case.manage": { assistente_sociale: "own_comune" },
  // Assessment (SINA/SINBA) and individual plan (PAI).
  "case.plan.read": { assistente_sociale: "own_comune", coordinatore: "district" },
  "case.plan.write": { assistente_sociale: "own_comune" },
  // Diary text: riservato entries are further limited to the cartella's équipe.
  "case.diary.read": { assistente_sociale: "own_comune", coordinatore: "district" },
  "case.diary.write": { assistente_sociale: "own_comune" },
  "person.document.read": { assistente_sociale: "own_comune", coordinatore: "district" },
  "person.document.write": { assistente_sociale: "own_comune" },
  "appointment.read": { assistente_sociale: "own_comune", coordinatore: "district" },
  "appointment.write": { assistente_sociale: "own_comune" },
  // Asking another comune of the district to take a person over, and accepting there.
  "case.transfer": { assistente_sociale: "own_comune" },
  // Importing residents from a comune's anagrafe (CSV).
  "registry.import": { assistente_sociale: "own_comune", coordinatore: "district" },
  // SIUSS flussi to INPS: their state and esiti, what is missing; re-issue, export, settings.
  "siuss.read": { coordinatore: "district" },
  "siuss.manage": { coordinatore: "district" },
  // The public portal's content: the Ufficio di Piano's offices and hours, official documents.
  "portal.manage": { coordinatore: "district", amministratore_sistema: "district" },
  "stats.read": {
    assistente_sociale: "own_comune",
    coordinatore: "district",
    amministratore_comunale: "own_comune",
  },
  // The cruscotto: figures from the rollups, never a person's data.
  "dashboard.read": {
    assistente_sociale: "own_comune",
    coordinatore: "district",
    amministratore_comunale: "own_comune",
  },
  // The pseudonymised statistical export for the Region: no names, codici fiscali or birth dates.
  "stats.export.region": { coordinatore: "district" },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof POLICY;

export function scopeFor(actor: Pick<Actor, "role">, permission: Permission): Scope | null {
  const entry: Partial<Record<Role, Scope>> = POLICY[permission];
  return entry[actor.role] ?? null;
}

/** Whether the actor may perform `permission` on a record of `comuneId` in `ambitoId`. */
export function allows(
  actor: Pick<Actor, "role" | "ambitoId" | "comuneIds">,
  permission: Permission,
  record: { ambitoId: string; comuneId?: string | null },
): boolean {
  const scope = scopeFor(actor, permission);
  if (!scope || record.ambitoId !== actor.ambitoId) return false;
  if (scope === "district") return true;
  return record.comuneId != null && actor.comuneIds.includes(record.comuneId);
}
