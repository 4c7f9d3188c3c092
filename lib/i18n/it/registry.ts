/** The person registry without duplicates: likely duplicates at registration, merging two records. */
export const registry = {
  duplicates: {
    title: "Attenzione: potrebbe essere già registrata",
    intro: "Prima di registrare, controlla queste schede simili.",
    reason: {
      cf: "stesso codice fiscale",
      nascita: "stessa data di nascita",
      comune: "stesso comune",
    },
    elsewhere: (n: number) =>
      n === 1
        ? "Esiste già una persona simile in un altro comune."
        : `Esistono già ${n} persone simili in altri comuni.`,
    elsewhereHint: "Se pensi che sia la stessa persona, rivolgiti all'Ufficio di Piano.",
    confirm: "È una persona diversa: registra",
    checking: "Controllo dei doppioni…",
  },
  merge: {
    link: "Unisci a un'altra scheda",
    title: "Unisci due schede",
    description:
      "Quando la stessa persona è registrata due volte: richieste, cartelle, ISEE e certificazioni passano alla scheda che resta.",
    searchTitle: "Scegli l'altra scheda",
    choose: "Scegli questa",
    sameRecord: "È la scheda di partenza",
    compare: "Confronto",
    thisRecord: "Questa scheda",
    otherRecord: "L'altra scheda",
    keepLegend: "Quale scheda resta?",
    keepThis: (name: string) => `Resta ${name} (questa scheda)`,
    keepOther: (name: string) => `Resta ${name} (l'altra scheda)`,
    reason: "Motivo dell'unione",
    reasonHint: "Resta agli atti. Almeno 10 caratteri.",
    submit: "Unisci le schede",
    submitting: "Unione…",
    notMerged: "Le schede non sono state unite",
    counts: (r: number, c: number, i: number, d: number) =>
      `${r} richieste · ${c} cartelle · ${i} ISEE · ${d} certificazioni`,
    mergedNotice: "Questa scheda è stata unita a un'altra",
    openKept: "Apri la scheda che resta",
    changeOther: "Scegli un'altra scheda",
  },
} as const;
