/** Words and controls shared by several features. */
export const common = {
  /** The `lang` attribute of the document. */
  lang: "it",
  appName: "Zona",
  cancel: "Annulla",
  choose: "Scegli…",
  pleaseWait: "Attendere…",
  /** Shown in place of a value that is missing. */
  missing: "—",
  requiredFields: "I campi con * sono obbligatori.",
  table: {
    sortAscending: ", ordina crescente",
    sortDescending: ", ordina decrescente",
  },
  pager: {
    label: "Paginazione",
    summary: (shown: number, total: number, noun: string) =>
      `${shown} di ${total.toLocaleString("it-IT")} ${noun}`,
    first: "Prima pagina",
    previous: "← Precedente",
    next: "Successiva →",
  },
} as const;
