import { AREA_LABELS, MEASURE_KIND_LABELS } from "@/lib/domain/areas";
import { DISABILITY_REQUIREMENT_LABELS, ISEE_KIND_LABELS } from "@/lib/domain/eligibility";
import { bandi } from "./bandi";

/** The public portal's frame and pages (Italian). */
export const portal = {
  localeName: "Italiano",
  ogLocale: "it_IT",
  slim: {
    region: "Regione Lombardia",
    staffArea: "Area operatori",
    language: "Lingua",
    switchTo: "English",
    switchToLabel: "Read this page in English",
  },
  header: {
    kicker: "Ambito territoriale sociale",
    tagline: (comuni: number) => `I servizi sociali dei ${comuni} comuni del distretto`,
    nav: "Menu principale",
  },
  skipToContent: "Vai al contenuto",
  defaultTitle: "Zona — Piano di Zona",
  breadcrumb: "Percorso di navigazione",
  home: "Home",
  pages: {
    home: {
      title: "Piano di Zona",
      description:
        "Il portale del Piano di Zona: servizi sociali, titoli sociali, bandi aperti, criteri di accesso e la verifica dei requisiti.",
    },
    plan: {
      title: "Il Piano di Zona",
      description:
        "Che cos'è il Piano di Zona, il suo periodo, come si forma e chi lo costruisce: i comuni, il Terzo Settore, i sindacati.",
    },
    office: {
      title: "Ufficio di Piano",
      description: "Che cosa fa l'Ufficio di Piano, le sue sedi e gli orari di ricevimento.",
    },
    areas: {
      title: "Aree di intervento e obiettivi",
      description:
        "Le aree del Piano di Zona — anziani, disabili, salute mentale, minori, immigrazione, adulti in difficoltà — e i loro obiettivi.",
    },
    criteria: {
      title: "Criteri di accesso",
      description:
        "Chi può chiedere i titoli sociali e i servizi del distretto: requisiti generati dalle regole dei bandi in vigore.",
    },
    calls: {
      title: "Bandi aperti",
      description: "I bandi per i titoli sociali aperti ora, con le scadenze.",
    },
    documents: {
      title: "Documenti ufficiali",
      description: "Il Piano di Zona, la sintesi, l'Accordo di Programma e gli altri atti.",
    },
    selfCheck: {
      title: "Verifica i requisiti",
      description:
        "Rispondi ad alcune domande e scopri quali misure potrebbero fare al caso tuo. Non salviamo le risposte.",
    },
    privacy: {
      title: "Privacy e note legali",
      description:
        "Come il portale tratta i dati: nessun cookie di profilazione, nessuna risposta salvata.",
    },
  },
  footer: {
    contacts: "Contatti",
    links: "Collegamenti",
    legal: "Note legali",
    privacy: "Privacy e note legali",
    staff: "Area operatori",
    poweredBy: "Portale realizzato con Zona, software libero per i Piani di Zona.",
    law: "Piano di Zona ai sensi della legge 328/2000 e della L.R. Lombardia 3/2008.",
  },
  homePage: {
    intro:
      "Il Piano di Zona è lo strumento con cui i comuni del distretto programmano e gestiscono insieme i servizi sociali. Qui trovi chi fa che cosa, le sedi e gli orari, i criteri per accedere a buoni, voucher e servizi, i bandi aperti e i documenti ufficiali.",
    checkCta: "Verifica i requisiti",
    callsCta: "Bandi aperti",
    sections: "Il portale",
    openCalls: "Bandi aperti ora",
    noOpenCalls: "Nessun bando aperto in questo momento.",
    allCalls: "Tutti i bandi aperti",
    contactTitle: "Hai bisogno di aiuto?",
    contact:
      "Rivolgiti al servizio sociale del tuo comune o a uno sportello dell'Ufficio di Piano: ti aiutano a presentare la domanda.",
    officesLink: "Sedi e orari",
    sectionText: {
      plan: "Che cos'è, il periodo, i comuni e gli altri attori.",
      office: "Che cosa fa, le sedi e gli orari di ricevimento.",
      areas: "Le aree di intervento e i loro obiettivi.",
      criteria: "Requisiti per titoli sociali e servizi, dalle regole in vigore.",
      calls: "I bandi aperti e le loro scadenze.",
      documents: "Il Piano, la sintesi, gli accordi e i protocolli.",
      selfCheck: "Poche domande per capire che cosa potrebbe spettarti.",
    } as Record<string, string>,
  },
  calls: {
    deadline: (date: string) => `Scadenza: ${date}`,
    daysLeft: (n: number) =>
      n === 0 ? "scade oggi" : n === 1 ? "manca 1 giorno" : `mancano ${n} giorni`,
    window: (from: string, to: string) => `Domande dal ${from} al ${to}`,
    period: (from: string, to: string) => `Periodo del beneficio: dal ${from} al ${to}`,
    amount: (amount: string) => `Importo: ${amount} al mese`,
    months: (n: number) => `per ${n} ${n === 1 ? "mese" : "mesi"}`,
    hours: (n: string) => `${n.replace(".", ",")} ore di servizio al mese`,
    tiersTitle: "Importo per fascia ISEE",
    allocation: {
      ordine_arrivo: "Fondi assegnati in ordine di presentazione, fino a esaurimento.",
      graduatoria: "Fondi assegnati secondo una graduatoria a punti.",
    },
    measure: (nome: string) => `Misura: ${nome}`,
    howToApply:
      "La domanda si presenta con l'assistente sociale del comune di residenza, che verifica i requisiti.",
    criteriaLink: "Requisiti completi",
    empty: "Nessun bando aperto in questo momento. Torna a controllare o chiedi al tuo comune.",
  },
  criteria: {
    intro:
      "I requisiti qui sotto sono scritti automaticamente a partire dalle regole che Zona applica alle domande: sono gli stessi che l'Ufficio di Piano usa per decidere.",
    titoli: "Titoli sociali: buoni e voucher",
    titoliIntro:
      "Il buono sociale è un contributo in denaro alla famiglia; il voucher sociale si usa per acquistare prestazioni da enti accreditati.",
    servizi: "Servizi",
    serviziIntro:
      "I servizi si attivano dopo la valutazione dell'assistente sociale, con un piano individuale.",
    kind: "Tipo",
    area: "Area",
    means: {
      1: "Richiede l'ISEE.",
      2: "Richiede una prova dei mezzi diversa dall'ISEE.",
      3: "ISEE non richiesto per questa misura.",
      4: "Non è prevista una prova dei mezzi.",
    } as Record<number, string>,
    monthly: (amount: string) => `Fino a ${amount} al mese`,
    maxMonths: (n: number) => `per al massimo ${n} ${n === 1 ? "mese" : "mesi"}`,
    openCall: (titolo: string, date: string) => `Bando aperto: «${titolo}», scadenza ${date}`,
    whoCanApply: "Chi può presentare domanda",
    noRules: "Nessun requisito specifico: tutte le domande sono ammissibili.",
    scoring: "Come si formano i punti",
    tieBreak: "A parità di punti precede l'ISEE più basso, poi la domanda presentata prima.",
    copayment: "Compartecipazione al costo",
    noCall:
      "Nessun bando aperto: l'accesso avviene tramite il servizio sociale del comune, dopo la valutazione del bisogno.",
    empty: "Nessuna misura in questa sezione.",
  },
  plan: {
    whatTitle: "Che cos'è",
    what: [
      "Con la legge 328 del novembre 2000, «Legge quadro per la realizzazione del sistema integrato di interventi e servizi sociali», i comuni di un ambito territoriale programmano e gestiscono insieme le funzioni sociali. Lo strumento è il Piano di Zona.",
      "Il Piano definisce gli obiettivi e gli interventi sociali rivolti a tutta la popolazione del territorio, integrando le politiche per anziani, disabili, minori e famiglie con la programmazione del distretto. In Lombardia è integrato con i servizi sanitari e sociosanitari (L.R. 3/2008).",
      "Il distretto diventa così il livello di governo delle politiche sociali: programmazione, gestione dei servizi, monitoraggio e valutazione si svolgono in forma sovracomunale, superando interventi frammentati comune per comune.",
    ],
    periodTitle: "Il periodo",
    period:
      "Il Piano di Zona ha durata triennale. Il Piano per il triennio 2006-2008 è stato sottoscritto il 14 dicembre 2005 dalle amministrazioni comunali del Distretto Sociale di Pavia, sulla base dell'esperienza del triennio precedente.",
    iterTitle: "Come si forma",
    iter: [
      "Analisi dei bisogni con chi lavora ogni giorno a contatto con i cittadini.",
      "Confronto con il Terzo Settore e con le organizzazioni sindacali.",
      "Approvazione da parte dell'Assemblea dei Sindaci e sottoscrizione dell'Accordo di Programma.",
      "Attuazione da parte dell'Ufficio di Piano, con monitoraggio e valutazione annuali.",
    ],
    actorsTitle: "Gli attori",
    comuniTitle: "I comuni del distretto",
    comuniIntro: (n: number, ente: string) =>
      `I ${n} comuni del distretto gestiscono in forma associata le funzioni sociali tramite il ${ente}.`,
    capofila: "comune capofila",
    population: (n: string) => `${n} abitanti (censimento 2011)`,
    terzoTitle: "Il Terzo Settore",
    terzo:
      "Cooperative sociali, associazioni di volontariato e di promozione sociale partecipano alla programmazione e, come enti accreditati, erogano molti servizi: assistenza domiciliare, centri diurni, sostegno educativo.",
    sindacatiTitle: "Le organizzazioni sindacali",
    sindacati:
      "Le organizzazioni sindacali firmano con il distretto un protocollo di intesa sulla programmazione sociale e ne seguono l'attuazione.",
  },
  office: {
    intro:
      "L'Ufficio di Piano è la struttura tecnica del distretto: coordina l'attuazione del Piano di Zona, gestisce i bandi per i titoli sociali, istruisce le domande, tiene il budget e rende conto alla Regione e all'INPS.",
    officesTitle: "Sedi e orari di ricevimento",
    address: "Indirizzo",
    phone: "Telefono",
    email: "Email",
    hours: "Orari di ricevimento",
    noHours: "Su appuntamento.",
    day: "Giorno",
    time: "Orario",
    updated: (date: string) => `Aggiornato il ${date}`,
    empty: "Le sedi non sono ancora state pubblicate.",
    days: ["", "Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato"],
    slot: (from: string, to: string) => `${from}–${to}`,
  },
  areas: {
    intro:
      "Ogni intervento del Piano appartiene a un'area. Per ciascuna, gli obiettivi del Piano e le misure del catalogo in vigore.",
    objectives: "Obiettivi",
    measures: "Misure in catalogo",
    noMeasures: "Nessuna misura specifica in catalogo: rivolgiti al servizio sociale del comune.",
    transversalTitle: "Obiettivi trasversali",
  },
  documents: {
    intro: "Gli atti ufficiali del Piano di Zona, in formato PDF.",
    date: (date: string) => `Atto del ${date}`,
    download: (title: string, size: string) => `Scarica «${title}» (PDF, ${size})`,
    empty: "Nessun documento pubblicato.",
  },
  privacy: {
    sections: [
      {
        title: "Nessun dato personale raccolto",
        text: "Il portale pubblico non richiede l'accesso, non usa cookie di profilazione né strumenti di analisi di terze parti.",
      },
      {
        title: "La verifica dei requisiti non salva nulla",
        text: "Le risposte della verifica dei requisiti sono usate solo per calcolare il risultato mostrato sulla pagina: non vengono salvate, registrate né inviate ad altri. Non compaiono nell'indirizzo della pagina.",
      },
      {
        title: "Area operatori",
        text: "L'area operatori tratta dati personali delle persone seguite dai servizi sociali, nel rispetto del GDPR e del Codice in materia di protezione dei dati personali; ogni accesso è registrato.",
      },
    ],
  },
  labels: {
    areas: AREA_LABELS,
    kinds: MEASURE_KIND_LABELS,
    iseeKinds: ISEE_KIND_LABELS,
    disabilities: DISABILITY_REQUIREMENT_LABELS,
    rules: bandi.rules,
  },
} as const;
