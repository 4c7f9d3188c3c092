export const siuss = {
  nav: "SIUSS",
  title: "Flussi SIUSS verso INPS",
  description:
    "Ogni prestazione concessa, modificata o revocata produce un flusso PS-PSA-SINA (e SINBA per i minori), validato sugli schemi ufficiali e prelevato da INPS tramite l'API WaaS.",
  counts: "Riepilogo",
  states: {
    pending: "In attesa di esito",
    acquisito: "Acquisito da INPS",
    scartato: "Scartato da INPS",
    non_valido: "Trattenuto: non valido",
    sostituito: "Sostituito da un nuovo invio",
  },
  operations: { I: "Inserimento", C: "Cancellazione" },
  list: {
    title: "Flussi",
    caption: "Flussi SIUSS, dal più recente",
    idFlusso: "Identificativo",
    tipo: "Tipo",
    operazione: "Operazione",
    richiesta: "Domanda",
    aggiornato: "Aggiornato il",
    stato: "Stato",
    azioni: "Azioni",
    empty: "Nessun flusso prodotto finora.",
    older: "Flussi meno recenti",
    newest: "Torna ai più recenti",
    reissue: "Riemetti",
    reissueFor: (id: string) => `Riemetti il flusso ${id} con i dati attuali`,
    reissued: (id: string) => `Emesso il nuovo flusso ${id}.`,
    notReissued: "Flusso non riemesso",
  },
  missing: {
    title: "Dati mancanti per prestazione",
    intro:
      "Quello che manca per segnalare per intero le prestazioni concesse: completalo nella scheda della persona, della misura o nella cartella, poi riemetti il flusso.",
    none: "Nessun dato mancante nelle prestazioni concesse.",
    request: (protocollo: string | null, misura: string) =>
      `Domanda ${protocollo ?? "senza protocollo"} · ${misura}`,
  },
  exportCard: {
    title: "Scarica i flussi di un periodo",
    intro:
      "Un unico file XML con tutti i flussi validi emessi nel periodo, per il caricamento sul portale INPS.",
    dal: "Dal",
    al: "Al",
    tipo: "Tipo di flusso",
    submit: "Scarica XML",
  },
  settings: {
    title: "Operatore SIUSS",
    intro:
      "Il codice fiscale dell'operatore che risponde dei flussi (attributo CFOperatore dell'Ente). L'ente è il comune capofila.",
    cf: "Codice fiscale dell'operatore",
    submit: "Salva",
    submitting: "Salvataggio…",
    saved: "Operatore SIUSS salvato.",
    notSaved: "Operatore non salvato",
  },
  api: (base: string) => `API WaaS per INPS: ${base} (descrittore in ${base}/openapi.yaml).`,
} as const;
