/** The catalogue of measures (misure). */
export const catalogue = {
  title: "Catalogo misure",
  description: "Titoli sociali e servizi del Piano di Zona, per area di intervento.",
  siussCode: (code: string) => `SIUSS ${code}`,
  perMonth: (amount: string) => `${amount} al mese`,
  inactive: "non attiva",
} as const;
