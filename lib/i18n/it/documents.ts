/** Decision documents: the letter itself, the template editor and the request's documents. */
export const documents = {
  letter: {
    office: (ambito: string) => `Ufficio di Piano · ${ambito}`,
    protocol: "Protocollo",
    date: "Data",
    subject: "Oggetto",
    signature: "Il responsabile del procedimento",
    /** The document's title: kind and protocol only, never personal data. */
    title: (kind: string, protocollo: string) => `${kind} · prot. ${protocollo}`,
  },
  templates: {
    title: "Modelli dei documenti",
    description:
      "I testi delle lettere che Zona genera a ogni decisione. Le modifiche valgono per i documenti emessi da ora in poi: quelli già emessi restano come sono stati inviati.",
    customised: "Personalizzato",
    standard: "Testo predefinito",
    updatedOn: (when: string, by: string | null) =>
      by ? `Modificato il ${when} da ${by}` : `Modificato il ${when}`,
    edit: "Modifica",
    editTitle: (kind: string) => `Modello: ${kind}`,
    editDescription:
      "Scrivi l'oggetto e il testo della lettera. I campi tra doppie graffe, come {{protocollo}}, sono sostituiti con i dati della domanda; una riga vuota separa i paragrafi.",
    back: "← Tutti i modelli",
    fields: {
      oggetto: "Oggetto",
      corpo: "Testo della lettera",
    },
    corpoHint: "Una riga vuota separa i paragrafi. Il testo è sempre trattato come testo semplice.",
    available: "Campi disponibili",
    availableHint: "Copia il campo, doppie graffe comprese, nel punto in cui deve comparire.",
    preview: "Anteprima",
    previewTitle: "Anteprima con dati di esempio",
    previewEmpty: "Premi «Anteprima» per vedere la lettera con dati di esempio.",
    previewSubject: (oggetto: string) => `Oggetto: ${oggetto}`,
    restoreDefault: "Ripristina il testo predefinito",
    save: "Salva il modello",
    saving: "Salvataggio…",
    saved: "Modello salvato",
    savedBody: "I prossimi documenti di questo tipo useranno il nuovo testo.",
    notSaved: "Modello non salvato",
    previewFailed: "Anteprima non disponibile",
  },
  request: {
    title: "Documenti",
    empty: "Nessun documento emesso per questa richiesta.",
    issuedOn: (when: string) => `Emesso il ${when}`,
    downloadPdf: "Scarica PDF",
    printable: "Versione stampabile",
    /** Read after the link's text by screen readers: which document the link is for. */
    linkTarget: (kind: string, when: string) => `: ${kind} del ${when}`,
  },
} as const;
