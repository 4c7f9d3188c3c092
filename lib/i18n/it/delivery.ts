/** Delivery of approved benefits: the payment schedule and the liquidazioni. */
export const delivery = {
  title: "Erogazione e liquidazioni",
  intro: "Una rata al mese, a partire dal mese di decorrenza.",
  introHours: "Per i voucher, anche le ore di servizio del mese.",
  period: (from: string, to: string) => `Dal ${from} al ${to}.`,
  empty: "Il piano dei pagamenti sarà preparato all'avvio dell'erogazione.",
  caption: "Rate del piano dei pagamenti",
  columns: {
    n: "N.",
    month: "Mese",
    amount: "Importo",
    hours: "Ore",
    paidOn: "Liquidata il",
    reference: "Riferimento",
    payment: "Liquidazione",
  },
  /** "marzo 2026" from "2026-03-01". */
  month: (competenza: string) =>
    new Intl.DateTimeFormat("it-IT", { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${competenza}T00:00:00Z`),
    ),
  unpaid: "Da liquidare",
  paidBy: (nome: string) => `da ${nome}`,
  totals: {
    scheduled: "Totale del piano",
    paid: "Liquidato",
    remaining: "Da liquidare",
  },
  pay: {
    reference: "Riferimento del mandato",
    referenceFor: (n: number, month: string) =>
      `Riferimento del mandato per la rata ${n} (${month})`,
    submit: "Registra liquidazione",
    submitFor: (n: number, month: string) => `Registra liquidazione della rata ${n} (${month})`,
    submitting: "Registrazione…",
  },
} as const;
