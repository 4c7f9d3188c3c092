/** The public self-check of requirements (Italian). */
export const selfCheck = {
  intro:
    "Rispondi ad alcune domande: ti diciamo quali bandi aperti potrebbero fare al caso tuo e perché gli altri no. Il controllo usa le stesse regole dell'Ufficio di Piano.",
  privacy:
    "Le risposte non vengono salvate né registrate e non compaiono nell'indirizzo della pagina: servono solo a calcolare il risultato qui sotto.",
  notBinding:
    "Il risultato è indicativo: la domanda si presenta con l'assistente sociale del comune, che verifica i requisiti sui documenti.",
  required: "I campi con * sono obbligatori.",
  comune: "Comune di residenza",
  comuneOther: "Un comune fuori dal distretto",
  age: "Età (anni compiuti)",
  iseeKind: "Tipo di ISEE valido che possiedi",
  iseeNone: "Non ho un ISEE valido / non lo so",
  iseeHint:
    "L'ISEE sociosanitario serve per le prestazioni alle persone con disabilità o non autosufficienti; per i minorenni si usa l'ISEE minorenni o ordinario.",
  iseeValue: "Valore dell'ISEE in euro",
  disability: "Hai una disabilità o una condizione di non autosufficienza riconosciuta?",
  yes: "Sì",
  no: "No",
  unknown: "Non so",
  conditions: "Se sì, quali riconoscimenti hai?",
  atHome: "Vivi al tuo domicilio (non in una struttura residenziale)?",
  receiving: "Ricevi già una di queste misure?",
  declarations: "Puoi dichiarare quanto segue?",
  submit: "Verifica",
  errorsTitle: "Controlla le risposte",
  errors: {
    comune: "Scegli il comune di residenza.",
    age: "Indica l'età in anni, da 0 a 120.",
    iseeValue:
      "Indica il valore dell'ISEE in euro (fino a 200.000), oppure scegli «Non ho un ISEE».",
    disability: "Rispondi alla domanda sulla disabilità.",
    atHome: "Rispondi alla domanda sul domicilio.",
  },
  resultTitle: "Il risultato",
  resultSummary: (fit: number, check: number, total: number) =>
    `Su ${total} ${total === 1 ? "bando aperto" : "bandi aperti"}: ${fit} potrebbero fare al caso tuo, ${check} da verificare con il servizio sociale.`,
  outcome: {
    eligible: "Potrebbe fare al caso tuo",
    manual_check: "Da verificare con il servizio sociale",
    not_eligible: "Non adatto, per ora",
  },
  line: {
    ok: "requisito soddisfatto",
    ko: "requisito non soddisfatto",
    check: "da verificare",
  },
  why: "Perché",
  rules: "Requisiti",
  noOpenCalls: "Nessun bando aperto in questo momento: non c'è nulla da verificare.",
  otherMeasures:
    "Per i servizi senza bando (assistenza domiciliare, pasti, trasporto…) l'accesso avviene dopo la valutazione dell'assistente sociale del comune.",
  again: "Modifica le risposte",
} as const;
