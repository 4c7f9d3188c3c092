/** The cartella sociale: its header, its tabs and its status. */
export const cases = {
  title: "Cartella sociale",
  areaTitle: (area: string) => `Cartella · ${area}`,
  person: "Persona",
  bornOn: (date: string) => `nata/o il ${date}`,
  comune: "Comune",
  status: "Stato",
  openedOn: "Aperta il",
  closedOn: "Chiusa il",
  referente: "Referente",
  noReferente: "Nessun referente",
  backToPerson: "Torna alla scheda della persona",
  tabsLabel: "Sezioni della cartella",
  tabs: {
    overview: "Panoramica",
    plan: "Valutazione e progetto",
    diary: "Diario",
    documents: "Documenti",
    calendar: "Appuntamenti",
  },
};
