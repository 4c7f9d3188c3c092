export const ROLES = [
  "assistente_sociale",
  "coordinatore",
  "amministratore_comunale",
  "amministratore_sistema",
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  assistente_sociale: "Assistente sociale",
  coordinatore: "Coordinatore Ufficio di Piano",
  amministratore_comunale: "Amministratore comunale",
  amministratore_sistema: "Amministratore di sistema",
};

/** Who is using the application, as read from the database on every request. */
export type Actor = {
  id: string;
  ambitoId: string;
  role: Role;
  comuneIds: readonly string[];
  nome: string;
  email: string;
  /** The password is a temporary one set by an administrator: nothing else is allowed until it is changed. */
  mustChangePassword: boolean;
  /** The role requires a second factor and none is confirmed yet: only enrolment is allowed. */
  mfaPending: boolean;
  /** Where the request came from, for the audit log. */
  ip: string | null;
};
