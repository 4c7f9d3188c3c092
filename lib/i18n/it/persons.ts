/** People (persone): the list, the search, the registration form and the record. */
export const persons = {
  listTitle: "Persone",
  listDescription: "Anagrafica delle persone seguite dal servizio sociale.",
  registerAction: "Registra persona",
  /** Follows the count in the pager: "20 di 150 persone". */
  pagerNoun: "persone",

  newTitle: "Registra persona",
  newDescription: "Prima di registrare, cerca la persona: potrebbe essere già in anagrafica.",
  cannotRegister: {
    title: "Non puoi registrare persone",
    body: "Solo le assistenti e gli assistenti sociali registrano persone, nei comuni che seguono.",
  },

  /** The record's tab title never carries the person's name. */
  recordTitle: "Scheda persona",
  residentIn: (comune: string) => `Residente a ${comune}`,
  newRequest: "Nuova richiesta",
  registry: "Anagrafica",
  requests: "Richieste",

  fields: {
    codiceFiscale: "Codice fiscale",
    cognome: "Cognome",
    nome: "Nome",
    sesso: "Sesso",
    dataNascita: "Data di nascita",
    luogoNascita: "Luogo di nascita",
    cittadinanza: "Cittadinanza",
    comuneResidenza: "Comune di residenza",
    indirizzo: "Indirizzo",
    telefono: "Telefono",
    email: "Email",
    registeredOn: "Registrata il",
  },
  sex: { F: "Femmina", M: "Maschio" },

  isee: {
    title: "Attestazioni ISEE",
    none: "Nessuna attestazione registrata.",
    value: (tipo: string, valore: string) => `ISEE ${tipo}: ${valore}`,
    expired: "(scaduta)",
    details: (protocolloDsu: string, presentataIl: string, scadenza: string) =>
      `DSU ${protocolloDsu} · presentata il ${presentataIl} · valida fino al ${scadenza}`,
  },

  table: {
    caption: "Persone registrate",
    name: "Cognome e nome",
    empty: "Nessuna persona registrata.",
  },

  search: {
    title: "Cerca una persona",
    label: "Codice fiscale o cognome e nome",
    submit: "Cerca",
    searching: "Ricerca…",
    empty: "Nessuna persona trovata tra quelle che puoi vedere.",
    bornOn: (date: string) => `nata/o il ${date}`,
  },

  form: {
    notRegistered: "La persona non è stata registrata",
    openExisting: "Apri la scheda della persona già registrata",
    personalData: "Dati anagrafici",
    residenceAndContacts: "Residenza e contatti",
    codiceFiscaleHint: "16 caratteri. Sono accettati anche i codici omocodici.",
    /** What the codice fiscale says, shown as its hint once it can be read. */
    codiceFiscaleDecoded: (cf: {
      sex: "F" | "M";
      birthDate: string;
      birthplace: string;
      omocodic: boolean;
    }) =>
      `Dal codice: ${cf.sex === "F" ? "femmina" : "maschio"}, nata/o il ${cf.birthDate}, luogo ${cf.birthplace}${cf.omocodic ? " (codice omocodico)" : ""}.`,
    fillFromCodiceFiscale: "Compila sesso e data di nascita dal codice fiscale",
    submit: "Registra persona",
    submitting: "Registrazione…",
  },
  accessLog: {
    link: "Registro accessi",
    metaTitle: "Registro accessi",
    title: "Registro accessi",
    description:
      "Chi ha visto o modificato la scheda, le richieste, le cartelle e i documenti di questa persona (GDPR, art. 15). Anche questa consultazione è registrata.",
    caption: "Accessi alla scheda, dal più recente",
    columns: {
      at: "Data e ora",
      user: "Utente",
      role: "Ruolo",
      action: "Azione",
      object: "Oggetto",
      ip: "Indirizzo",
    },
    actions: {
      view: "Visualizzazione",
      create: "Creazione",
      update: "Modifica",
      transition: "Passaggio di stato",
      export: "Esportazione",
      download: "Scaricamento di un documento",
    } as Record<string, string>,
    objects: {
      persona: "Scheda persona",
      richiesta: "Richiesta",
      accessi_persona: "Registro accessi",
      condizioni_persona: "ISEE, certificazioni e condizioni",
      cartella: "Cartella sociale",
      diario: "Diario sociale",
      voce_diario: "Voce del diario sociale",
      documenti_persona: "Elenco dei documenti",
      documento: "Documento",
    } as Record<string, string>,
    empty: "Nessun accesso registrato.",
    back: "Torna alla scheda",
  },
} as const;
