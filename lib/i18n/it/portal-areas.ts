/** The target areas' objectives on the public portal (Italian), after the district's plan. */
export const portalAreas = {
  anziani: [
    "Sostenere la permanenza a domicilio delle persone anziane fragili e di chi le assiste.",
    "Integrare assistenza domiciliare sociale e sanitaria, pasti e telesoccorso.",
    "Prevenire l'isolamento con attività di socializzazione nei comuni.",
  ],
  disabili: [
    "Sostenere le famiglie che assistono a casa una persona con disabilità grave.",
    "Garantire l'accesso a centri diurni, trasporto e progetti di vita indipendente.",
    "Favorire l'inserimento lavorativo delle persone con disabilità.",
  ],
  salute_mentale: [
    "Collaborare con i servizi psichiatrici per progetti di inclusione sociale.",
    "Sostenere l'abitare e il lavoro delle persone in carico ai servizi di salute mentale.",
  ],
  minori: [
    "Sostenere la genitorialità e prevenire l'allontanamento dei minori dalla famiglia.",
    "Assicurare la tutela minorile, l'affido familiare e l'assistenza domiciliare educativa.",
    "Sostenere le famiglie con figli in condizioni economiche difficili.",
  ],
  immigrazione: [
    "Facilitare l'accesso ai servizi con la mediazione linguistica e culturale.",
    "Sostenere l'apprendimento dell'italiano e l'integrazione scolastica dei minori.",
  ],
  adulti_difficolta: [
    "Contrastare la povertà con contributi, orientamento e accompagnamento al lavoro.",
    "Offrire risposte alle emergenze abitative e alla grave marginalità.",
  ],
  trasversali: [
    "Un accesso unico e uniforme ai servizi in tutti i comuni del distretto (segretariato sociale).",
    "Criteri di accesso e di compartecipazione omogenei e pubblici.",
    "Monitoraggio e valutazione dei risultati, con dati condivisi tra i comuni.",
    "Collaborazione stabile con il Terzo Settore, i sindacati e l'azienda sanitaria.",
  ],
} as const;
