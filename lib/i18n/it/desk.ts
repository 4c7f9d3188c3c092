/** The desk (scrivania): the first page after login. */
export const desk = {
  title: "Scrivania",
  /** A sentence around a link: before, link text, after. */
  noCaseAccess: {
    before: "Il tuo ruolo non accede ai dati dei casi. Vai alla ",
    link: "gestione utenti",
    after: ".",
  },
  greeting: (firstName: string) => `Buongiorno, ${firstName}`,
  scopeDistrict: "Richieste del distretto",
  scopeOwnComuni: "Richieste dei comuni che segui",
  total: "Richieste in totale",
  pending: "Da istruire",
  seeFiled: "Vedi le richieste presentate",
  inPayment: "In erogazione",
  byStatus: "Richieste per stato",
  byStatusCaption: "Numero di richieste per stato",
  statusColumn: "Stato",
  countColumn: "Richieste",
} as const;
