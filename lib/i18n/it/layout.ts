/** The document shell and the staff header. */
export const layout = {
  meta: {
    defaultTitle: "Zona — Piano di Zona",
    /** `%s` is the page's own title. */
    titleTemplate: "%s · Zona",
    description: "Servizi sociali del Piano di Zona: cartella sociale, titoli sociali e servizi.",
  },
  skipToContent: "Vai al contenuto",
  mainNav: "Principale",
  logout: "Esci",
  nav: {
    desk: "Scrivania",
    requests: "Richieste",
    persons: "Persone",
    catalogue: "Catalogo misure",
    templates: "Modelli dei documenti",
    users: "Utenti",
  },
  idle: {
    warningTitle: "La sessione sta per scadere",
    warningBody: (minutes: number) =>
      `Per proteggere i dati delle persone, dopo ${minutes} minuti di inattività la sessione si chiude.`,
    stay: "Resta collegato",
  },
} as const;
