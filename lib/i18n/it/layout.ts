/** The document shell and the staff header. */
export const layout = {
  meta: {
    defaultTitle: "Zona — Piano di Zona",
    /** `%s` is the page's own title. */
    titleTemplate: "%s · Zona",
    description: "Servizi sociali del Piano di Zona: cartella sociale, titoli sociali e servizi.",
  },
  skipToContent: "Vai al contenuto",
  mainNav: "Principale",
  logout: "Esci",
} as const;
