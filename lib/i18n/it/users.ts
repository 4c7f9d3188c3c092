/** The user accounts page. */
export const users = {
  title: "Utenti",
  description: "Account dell'ambito. L'amministratore di sistema non accede al contenuto dei casi.",
  caption: "Utenti dell'ambito",
  columns: {
    name: "Nome",
    email: "Email",
    role: "Ruolo",
    status: "Stato",
  },
  active: "Attivo",
  disabled: "Disattivato",
} as const;
