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
    actions: "Azioni",
  },
  active: "Attivo",
  disabled: "Disattivato",
  temporaryPassword: "Password temporanea da cambiare",
  you: "Sei tu: usa «Cambia password» in alto.",
  reset: {
    button: "Reimposta password",
    /** The button's accessible name, with the user it acts on. */
    label: (nome: string) => `Reimposta password – ${nome}`,
    confirmQuestion: (nome: string) =>
      `Reimpostare la password di ${nome}? Riceverai una password temporanea da comunicare; tutte le sue sessioni verranno chiuse.`,
    confirm: "Conferma reimpostazione",
    pending: "Reimpostazione…",
    doneTitle: (nome: string) => `Password di ${nome} reimpostata`,
    doneBody:
      "Password temporanea, mostrata solo ora: comunicala di persona o per telefono. Al primo accesso dovrà sceglierne una nuova.",
  },
  endSessions: {
    button: "Chiudi sessioni",
    label: (nome: string) => `Chiudi sessioni – ${nome}`,
    confirmQuestion: (nome: string) =>
      `Chiudere tutte le sessioni di ${nome}? Dovrà accedere di nuovo.`,
    confirm: "Conferma chiusura",
    pending: "Chiusura…",
    done: (nome: string, n: number) =>
      n === 0
        ? `${nome} non aveva sessioni aperte.`
        : n === 1
          ? `Chiusa 1 sessione di ${nome}.`
          : `Chiuse ${n} sessioni di ${nome}.`,
  },
  failed: "Operazione non riuscita",
} as const;
