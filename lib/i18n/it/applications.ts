/** Applications under a bando: eligibility, score, term of the procedure, override, ranking. */
export const applications = {
  form: {
    bando: "Bando",
    chooseBando: "Scegli il bando aperto…",
    bandoHint: (chiusura: string) => `Domande fino al ${chiusura}.`,
    fromBando: (amount: string, months: number) =>
      `Importo e durata dal bando: ${amount} al mese per ${months} mesi.`,
    amountByTier: "Importo mensile secondo la fascia ISEE del bando.",
    declarations: "Dichiarazioni del richiedente",
    declarationsHint: "Spunta solo ciò che il richiedente ha dichiarato e firmato.",
    assessment: (max: number) => `Valutazione dell'assistente sociale (da 0 a ${max} punti)`,
    checking: "Verifica dei requisiti in corso…",
    checkFailed: "Non è stato possibile verificare i requisiti",
  },
  eligibility: {
    title: "Requisiti del bando",
    caption: "Esito del controllo, regola per regola",
    rule: "Regola",
    found: "Valore trovato",
    outcome: "Esito",
    checkedOn: (date: string) => `Controllo alla data della domanda (${date}).`,
    overridden: "Esito corretto dal coordinatore",
    overrideReason: "Motivazione della correzione",
    engineSaid: (label: string) => `Esito del controllo automatico: ${label}.`,
  },
  score: {
    title: "Punteggio",
    caption: "Punteggio per la graduatoria",
    rule: "Criterio",
    found: "Valore",
    points: "Punti",
    total: "Totale",
    position: (n: number) => `Posizione in graduatoria: ${n}`,
  },
  amount: {
    monthly: "Importo mensile",
    undetermined: "Non determinato (ISEE mancante o oltre l'ultima fascia)",
    copayment: "Compartecipazione dell'utente",
    copaymentValue: (tariff: string, basis: string) => `${tariff} per unità di servizio — ${basis}`,
  },
  override: {
    title: "Correggi l'esito di ammissibilità",
    intro:
      "La correzione resta nella storia della richiesta con la tua motivazione; il controllo automatico resta visibile.",
    outcome: "Nuovo esito",
    reason: "Motivazione",
    submit: "Registra la correzione",
    done: "Esito corretto.",
  },
  term: {
    title: "Termine del procedimento",
    responsabile: "Responsabile del procedimento",
    noResponsabile: "Il dirigente dell'unità organizzativa (art. 5 L. 241/1990)",
    due: "Scadenza",
    days: (n: number) => `${n} giorni`,
    suspended: "Termine sospeso",
    suspendedSince: (date: string) => `sospeso dal ${date}`,
    overdue: "Scaduto",
    daysLeft: (n: number) => (n === 1 ? "manca 1 giorno" : `mancano ${n} giorni`),
    dueToday: "scade oggi",
    overdueBy: (n: number) => (n === 1 ? "Scaduto da 1 giorno" : `Scaduto da ${n} giorni`),
    decided: (date: string) => `Concluso con la decisione del ${date}`,
    preavviso: (date: string) => `Osservazioni al preavviso entro il ${date}`,
  },
} as const;

/** The graduatoria of a bando: producing it, the waiting list, publishing it. */
export const ranking = {
  title: "Graduatoria",
  firstCome: "Il bando assegna i fondi in ordine di arrivo: le domande si approvano una per una.",
  windowOpen: "Le domande sono aperte. Chiudi la finestra per produrre la graduatoria.",
  notYet: "La graduatoria non è ancora stata prodotta.",
  producedOn: (date: string) => `Prodotta il ${date}.`,
  publishedOn: (date: string) => `Pubblicata sul portale il ${date}.`,
  empty: "Nessuna domanda in graduatoria.",
  caption: "Graduatoria: posizione, protocollo, punteggio ed esito",
  columns: { position: "Posizione", protocol: "Protocollo", score: "Punteggio", outcome: "Esito" },
  outcomes: {
    finanziata: "Ammessa e finanziata",
    in_attesa: "In lista d'attesa",
    non_finanziata: "Non finanziata",
  },
  actions: {
    close: "Chiudi le domande",
    closeConfirm:
      "Chiudere ora la presentazione delle domande? Non se ne potranno aggiungere altre.",
    produce: "Produci la graduatoria",
    advance: "Scorri la lista d'attesa",
    publish: "Pubblica la graduatoria",
    republish: "Ripubblica la graduatoria",
    print: "Versione stampabile",
    csv: "Scarica CSV",
    publicPage: "Pagina pubblica",
    pending: "Attendere…",
  },
  results: {
    closed: "Finestra di presentazione chiusa.",
    produced: (a: number, w: number, e: number) =>
      `Graduatoria prodotta: approvate ${a}, in lista d'attesa ${w}, non ammissibili ${e}.`,
    advanced: (a: number) =>
      a === 0
        ? "Nessuna domanda in attesa rientra nei fondi disponibili."
        : `${a} domande approvate dalla lista d'attesa.`,
    published: "Graduatoria pubblicata.",
  },
  public: {
    listTitle: "Graduatorie pubblicate",
    listEmpty: "Nessuna graduatoria pubblicata.",
    title: (titolo: string) => `Graduatoria — ${titolo}`,
    metaTitle: "Graduatoria",
    intro:
      "Per la riservatezza dei richiedenti la graduatoria riporta solo il numero di protocollo della domanda e il punteggio.",
    publishedOn: (date: string) => `Pubblicata il ${date}`,
  },
} as const;
