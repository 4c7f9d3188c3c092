import type { Area, MeasureKind } from "@/lib/domain/areas";

export const AMBITO_PAVIA = {
  codice: "PV-PAVIA",
  nome: "Distretto di Pavia",
  ente: "Consorzio Sociale Pavese",
  codiceRegione: "03",
};

export const COMUNI_PAVIA: {
  nome: string;
  istat: string;
  belfiore: string;
  popolazione: number;
  capofila?: boolean;
}[] = [
  { nome: "Pavia", istat: "018110", belfiore: "G388", popolazione: 68280, capofila: true },
  { nome: "Carbonara al Ticino", istat: "018030", belfiore: "B741", popolazione: 1516 },
  { nome: "Cava Manara", istat: "018041", belfiore: "C360", popolazione: 6586 },
  { nome: "Mezzana Rabattone", istat: "018091", belfiore: "F171", popolazione: 502 },
  { nome: "San Genesio ed Uniti", istat: "018135", belfiore: "H859", popolazione: 3788 },
  { nome: "San Martino Siccomario", istat: "018137", belfiore: "I014", popolazione: 5738 },
  { nome: "Sommo", istat: "018151", belfiore: "I825", popolazione: 1146 },
  { nome: "Torre d'Isola", istat: "018159", belfiore: "L269", popolazione: 2395 },
  { nome: "Travacò Siccomario", istat: "018162", belfiore: "I236", popolazione: 4361 },
  { nome: "Villanova d'Ardenghi", istat: "018179", belfiore: "L983", popolazione: 770 },
  { nome: "Zerbolò", istat: "018189", belfiore: "M167", popolazione: 1653 },
  { nome: "Zinasco", istat: "018190", belfiore: "M180", popolazione: 3223 },
];

export type SeedMeasure = {
  codice: string;
  nome: string;
  descrizione: string;
  tipo: MeasureKind;
  area: Area;
  codiceSiuss: string;
  areaUtenza: 1 | 2 | 3;
  importoMensile: number | null;
  mesiMassimi: number | null;
};

export const MEASURES: SeedMeasure[] = [
  {
    codice: "B2-CAREGIVER",
    nome: "Buono B2 caregiver familiare",
    descrizione:
      "Buono mensile a sostegno del familiare che assiste a domicilio una persona con disabilità grave o non autosufficiente (FNA, misura B2).",
    tipo: "buono",
    area: "disabili",
    codiceSiuss: "A1.11",
    areaUtenza: 2,
    importoMensile: 100,
    mesiMassimi: 12,
  },
  {
    codice: "B2-ASSISTENTE",
    nome: "Buono B2 assistente personale",
    descrizione: "Buono per chi assume regolarmente un assistente personale (FNA, misura B2).",
    tipo: "buono",
    area: "disabili",
    codiceSiuss: "A1.11",
    areaUtenza: 2,
    importoMensile: 800,
    mesiMassimi: 12,
  },
  {
    codice: "TRASPORTO",
    nome: "Trasporto sociale",
    descrizione: "Accompagnamento verso servizi sanitari, diurni e riabilitativi.",
    tipo: "servizio",
    area: "disabili",
    codiceSiuss: "A1.16",
    areaUtenza: 2,
    importoMensile: null,
    mesiMassimi: 12,
  },
  {
    codice: "CDD-RETTA",
    nome: "Integrazione retta CDD/CSE",
    descrizione: "Contributo alla retta di centri diurni per persone con disabilità.",
    tipo: "servizio",
    area: "disabili",
    codiceSiuss: "A3.01",
    areaUtenza: 2,
    importoMensile: 350,
    mesiMassimi: 12,
  },
  {
    codice: "VOUCHER-ANZIANI",
    nome: "Voucher anziani fragili",
    descrizione:
      "Voucher per acquistare prestazioni di assistenza da enti accreditati (ISEE fino a 20.000 €).",
    tipo: "voucher",
    area: "anziani",
    codiceSiuss: "A1.15",
    areaUtenza: 2,
    importoMensile: 400,
    mesiMassimi: 12,
  },
  {
    codice: "SAD",
    nome: "Assistenza domiciliare (SAD)",
    descrizione:
      "Interventi a domicilio di operatori ASA/OSS secondo il piano di assistenza individuale.",
    tipo: "servizio",
    area: "anziani",
    codiceSiuss: "A2.07",
    areaUtenza: 2,
    importoMensile: null,
    mesiMassimi: 12,
  },
  {
    codice: "PASTI",
    nome: "Pasti a domicilio",
    descrizione: "Consegna quotidiana del pasto a domicilio.",
    tipo: "servizio",
    area: "anziani",
    codiceSiuss: "A2.01",
    areaUtenza: 2,
    importoMensile: null,
    mesiMassimi: 12,
  },
  {
    codice: "TELESOCCORSO",
    nome: "Telesoccorso",
    descrizione: "Dispositivo di chiamata d'emergenza collegato a una centrale operativa.",
    tipo: "servizio",
    area: "anziani",
    codiceSiuss: "Z9.99",
    areaUtenza: 2,
    importoMensile: null,
    mesiMassimi: 12,
  },
  {
    codice: "ADM",
    nome: "Assistenza domiciliare minori (ADM)",
    descrizione: "Sostegno socio-educativo a domicilio per minori e famiglie.",
    tipo: "servizio",
    area: "minori",
    codiceSiuss: "A2.02",
    areaUtenza: 1,
    importoMensile: null,
    mesiMassimi: 12,
  },
  {
    codice: "VOUCHER-EDU",
    nome: "Voucher socio-educativo minori",
    descrizione: "Voucher per interventi educativi presso enti accreditati.",
    tipo: "voucher",
    area: "minori",
    codiceSiuss: "A1.15",
    areaUtenza: 1,
    importoMensile: 300,
    mesiMassimi: 10,
  },
  {
    codice: "AFFIDO",
    nome: "Contributo affido familiare",
    descrizione: "Contributo mensile alla famiglia affidataria.",
    tipo: "buono",
    area: "minori",
    codiceSiuss: "A1.04",
    areaUtenza: 1,
    importoMensile: 400,
    mesiMassimi: 12,
  },
  {
    codice: "INS-LAVORATIVO",
    nome: "Inserimento lavorativo",
    descrizione: "Percorsi di tirocinio e inserimento per persone fragili.",
    tipo: "servizio",
    area: "salute_mentale",
    codiceSiuss: "A1.18",
    areaUtenza: 3,
    importoMensile: 300,
    mesiMassimi: 6,
  },
  {
    codice: "BUONO-SM",
    nome: "Buono progetto individuale salute mentale",
    descrizione:
      "Buono per un progetto personalizzato concordato con il servizio sociale e il CPS.",
    tipo: "buono",
    area: "salute_mentale",
    codiceSiuss: "A1.11",
    areaUtenza: 3,
    importoMensile: 250,
    mesiMassimi: 12,
  },
  {
    codice: "MEDIAZIONE",
    nome: "Mediazione culturale",
    descrizione: "Interventi di mediazione linguistico-culturale nei servizi.",
    tipo: "servizio",
    area: "immigrazione",
    codiceSiuss: "Z9.99",
    areaUtenza: 3,
    importoMensile: null,
    mesiMassimi: 6,
  },
  {
    codice: "CONTRIB-REDDITO",
    nome: "Contributo a integrazione del reddito",
    descrizione: "Contributo economico temporaneo per nuclei in difficoltà.",
    tipo: "buono",
    area: "adulti_difficolta",
    codiceSiuss: "A1.04",
    areaUtenza: 3,
    importoMensile: 200,
    mesiMassimi: 6,
  },
  {
    codice: "CONTRIB-ALLOGGIO",
    nome: "Contributo per l'alloggio",
    descrizione: "Sostegno al pagamento del canone di locazione.",
    tipo: "buono",
    area: "adulti_difficolta",
    codiceSiuss: "A1.05",
    areaUtenza: 3,
    importoMensile: 250,
    mesiMassimi: 6,
  },
];

export const SURNAMES = [
  "Rossi",
  "Bianchi",
  "Colombo",
  "Ferrari",
  "Russo",
  "Romano",
  "Gallo",
  "Costa",
  "Fontana",
  "Conti",
  "Esposito",
  "Ricci",
  "Bruno",
  "De Luca",
  "Moretti",
  "Marino",
  "Greco",
  "Barbieri",
  "Lombardi",
  "Giordano",
  "Cassani",
  "Riva",
  "Sacchi",
  "Bassi",
  "Bergamaschi",
  "Gatti",
  "Pellegrini",
  "Mancini",
  "D'Amico",
  "Longhi",
];

export const NAMES_M = [
  "Mario",
  "Giuseppe",
  "Luca",
  "Marco",
  "Andrea",
  "Francesco",
  "Alessandro",
  "Giovanni",
  "Niccolò",
  "Pietro",
  "Carlo",
  "Ahmed",
  "Matteo",
  "Lorenzo",
  "Gianfranco",
];

export const NAMES_F = [
  "Maria",
  "Anna",
  "Giulia",
  "Francesca",
  "Chiara",
  "Sara",
  "Elena",
  "Rosa",
  "Lucia",
  "Fatima",
  "Giovanna",
  "Paola",
  "Teresa",
  "Sofia",
  "Ilaria",
];

export const STREETS = [
  "Corso Strada Nuova",
  "Via Roma",
  "Viale Matteotti",
  "Via Mazzini",
  "Via Garibaldi",
  "Piazza della Vittoria",
  "Via Cavour",
  "Via dei Mille",
  "Viale Libertà",
  "Via San Giovanni",
];

/** Birthplaces of the fictional people: mostly the district, some Italian cities, some abroad. */
export const BIRTHPLACES = [
  "G388",
  "G388",
  "G388",
  "C360",
  "I014",
  "F205",
  "H501",
  "F839",
  "Z330",
  "Z129",
  "Z100",
];

export const CITIZENSHIP_BY_PLACE: Record<string, string> = {
  Z330: "Marocchina",
  Z129: "Rumena",
  Z100: "Albanese",
};

/**
 * The demo roles that must use a second factor get a known authenticator secret, so that
 * newcomers and tests can log in: add it to an authenticator app, or compute the code from it.
 */
export const DEMO_TOTP_SECRETS: Record<string, string> = {
  "coordinatore@pdz-pavia.example": "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA",
  "admin@pdz-pavia.example": "JZXXEIDBNZ2GS5DIMVZCA2LTEBTGS3TF",
};
