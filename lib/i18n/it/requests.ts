/** Requests (richieste): the list and its filters, filing, the request page and decisions. */
export const requests = {
  listTitle: "Richieste",
  listDescriptionDistrict: "Coda del distretto: titoli sociali e servizi.",
  listDescriptionOwnComuni: "Richieste dei comuni che segui.",
  /** Follows the count in the pager: "20 di 150 richieste". */
  pagerNoun: "richieste",

  /** Labels of a request's data, shared by the table, the filters and the request page. */
  movedAway: "Persona trasferita in un altro comune",
  fields: {
    protocol: "Protocollo",
    filedOn: "Presentata il",
    person: "Persona",
    comune: "Comune",
    measure: "Misura",
    area: "Area",
    status: "Stato",
    monthlyAmount: "Importo mensile",
    duration: "Durata",
    startDate: "Decorrenza richiesta",
    need: "Bisogno e motivazione",
  },

  filters: {
    /** "All" for a masculine noun (stato, comune). */
    allMasculine: "Tutti",
    /** "All" for a feminine noun (area). */
    allFeminine: "Tutte",
    submit: "Filtra",
    reset: "Azzera",
  },

  table: {
    caption: "Richieste",
    draft: "Bozza",
    empty: "Nessuna richiesta corrisponde ai filtri.",
  },

  newTitle: "Nuova richiesta",
  newDescription: (cognome: string, nome: string, comune: string) =>
    `Per ${cognome} ${nome}, residente a ${comune}`,
  cannotFile: {
    title: "Non puoi presentare richieste per questa persona",
    body: "Le richieste sono presentate dall'assistente sociale del comune di residenza.",
  },

  form: {
    intro:
      "I campi con * sono obbligatori. Alla presentazione la richiesta riceve numero e data di protocollo.",
    notFiled: "La richiesta non è stata presentata",
    chooseMeasure: "Scegli dal catalogo…",
    monthlyAmount: "Importo mensile (€)",
    months: "Durata (mesi)",
    needHint:
      "Cosa emerge dalla valutazione sociale e perché la misura è appropriata. Non inserire diagnosi non necessarie.",
    submit: "Presenta richiesta",
    submitting: "Presentazione…",
  },

  detail: {
    metaTitle: "Richiesta",
    title: (protocollo: string) => `Richiesta ${protocollo}`,
    draftTitle: "Richiesta in bozza",
    filed: {
      title: "Richiesta presentata",
      body: (protocollo: string, at: string) => `Protocollo n. ${protocollo} del ${at}.`,
    },
    data: "Dati della richiesta",
    protocolOf: (protocollo: string, at: string) => `${protocollo} del ${at}`,
    months: (months: number) => `${months} mesi`,
    outcome: {
      title: "Esito",
      outcome: "Esito",
      decidedOn: "Deciso il",
      decidedBy: "Da",
      approvedAmount: "Importo approvato",
      reason: "Motivazione",
    },
    history: "Storia della richiesta",
    noActions: {
      title: "Nessuna azione disponibile",
      body: "Non ci sono passaggi che puoi eseguire su questa richiesta nello stato attuale.",
    },
  },

  transition: {
    title: "Decisione e passaggi",
    reason: "Motivazione",
    reasonHint:
      "Obbligatoria per approvazione, rigetto, preavviso, richiesta di integrazione, revoca e rinuncia (L. 241/1990, art. 3).",
    reasonRequired: (action: string) => `Scrivi la motivazione: è obbligatoria per «${action}».`,
  },
} as const;
