/** The not-found and error pages. */
export const errors = {
  notFound: {
    title: "Pagina non trovata",
    body: "La pagina o la scheda che cerchi non esiste, oppure non hai i permessi per vederla.",
    backToDesk: "Torna alla scrivania",
  },
  unexpected: {
    title: "Si è verificato un errore",
    body: "Non è stato possibile completare l'operazione. Riprova tra poco; se il problema continua, segnalalo all'Ufficio di Piano.",
    retry: "Riprova",
  },
  unavailable: {
    title: "Servizio temporaneamente non disponibile",
    body: "Il database non è raggiungibile in questo momento. La pagina tornerà disponibile da sola: riprova tra qualche secondo.",
  },
} as const;
