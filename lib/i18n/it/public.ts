/** The public home page. */
export const publicHome = {
  organisation: "Consorzio Sociale Pavese",
  district: "Piano di Zona · Distretto di Pavia",
  staffArea: "Area operatori",
  title: "Servizi sociali dei 12 comuni del distretto",
  intro:
    "Il Piano di Zona (legge 328/2000) è lo strumento con cui i comuni del Distretto di Pavia programmano e gestiscono insieme i servizi sociali. L'Ufficio di Piano, presso il Consorzio Sociale Pavese, coordina i bandi per i titoli sociali — buoni e voucher — e i servizi per le persone e le famiglie.",
  areasTitle: "Aree di intervento",
  contact:
    "Per informazioni e per presentare una domanda rivolgiti al servizio sociale del tuo comune.",
  staffLogin: "Accedi come operatore",
} as const;
