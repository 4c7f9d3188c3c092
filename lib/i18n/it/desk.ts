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
  today: (date: string) => `Oggi, ${date}: ecco cosa richiede la tua attenzione.`,
  todayCountsOnly: (date: string) =>
    `Oggi, ${date}: le pratiche che richiedono attenzione nei tuoi comuni.`,
  countsOnly:
    "Come amministratore del comune vedi solo quante sono le pratiche da seguire, senza i nomi delle persone.",
  summaryLabel: "Da fare, in sintesi",
  summaryHeading: "Riepilogo delle richieste",
  shown: (n: number, total: number) => `Ne vedi ${n} su ${total}, le più urgenti.`,
  countLine: (n: number) => (n === 1 ? "1 pratica" : `${n} pratiche`),
  noProtocol: "Senza protocollo",
  sections: {
    overdue: {
      title: "Termini scaduti",
      hint: "Richieste non ancora decise oltre il termine del procedimento (L. 241/1990).",
      empty: "Nessuna richiesta oltre il termine: sei in regola.",
    },
    dueSoon: {
      title: "Termini in scadenza entro 7 giorni",
      hint: "Richieste da decidere a breve.",
      empty: "Nessun termine in scadenza nei prossimi 7 giorni.",
    },
    waiting: {
      title: "In attesa di documenti o osservazioni",
      hint: "Registra l'integrazione o le osservazioni appena arrivano.",
      empty: "Nessuna richiesta in attesa di integrazione o di osservazioni.",
    },
    isee: {
      title: "ISEE in scadenza o scaduti",
      hint: "Attestazioni che scadono entro 30 giorni o scadute da meno di 30, di persone con una richiesta o un beneficio in corso.",
      empty: "Nessuna attestazione ISEE da rinnovare.",
    },
    benefits: {
      title: "Erogazioni che terminano entro 30 giorni",
      hint: "Benefici in erogazione vicini alla data di fine.",
      empty: "Nessuna erogazione termina nei prossimi 30 giorni.",
    },
    instalments: {
      title: "Rate da liquidare",
      hint: "Rate di questo mese e dei mesi precedenti non ancora liquidate.",
      empty: "Nessuna rata da liquidare.",
      body: (n: number, sum: string) =>
        n === 1 ? `1 rata, per ${sum}.` : `${n} rate, per ${sum}.`,
      link: "Vedi le richieste in erogazione",
    },
    bandi: {
      title: "Bandi da seguire",
      hint: "Finestre che chiudono entro 7 giorni e bandi chiusi senza graduatoria.",
      empty: "Nessun bando in chiusura o in attesa di graduatoria.",
    },
  },
  overdueFlag: "In ritardo",
  overdueBy: (days: number) => (days === 1 ? "di 1 giorno" : `di ${days} giorni`),
  dueIn: (days: number) =>
    days === 0 ? "Scade oggi" : days === 1 ? "Scade domani" : `Scade tra ${days} giorni`,
  termOn: (date: string) => `termine del ${date}`,
  waitingIntegrazione: "Integrazione richiesta",
  waitingPreavviso: "Preavviso di rigetto",
  waitingSince: (date: string) => `dal ${date}`,
  integrazioneUntil: (date: string) => `documenti attesi entro il ${date}`,
  preavvisoUntil: (date: string) => `osservazioni entro il ${date}`,
  iseeKind: (kind: string) => `ISEE ${kind}`,
  iseeExpiredFlag: "Scaduta",
  iseeExpired: (date: string) => `il ${date}`,
  iseeExpires: (date: string) => `Scade il ${date}`,
  benefitEnds: (date: string) => `Termina il ${date}`,
  bandoClosing: (date: string) => `La finestra chiude il ${date}`,
  bandoUnranked: (date: string) => `Chiuso il ${date}: graduatoria da produrre`,
} as const;
