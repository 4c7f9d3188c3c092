/**
 * The structured needs assessment of the cartella sociale, coded as INPS codes it for SIUSS:
 * the SINA block of the PS-PSA flow for adults (PS_PSA_SINA201812.xsd) and the SINBA flow's
 * assessment of the child and the family for minors (SINBA.xsd). Each item keeps the INPS
 * attribute name and its enumerated codes, so the answers can be sent as they are.
 *
 * Where the XSD makes an attribute optional because "absent" is its absence (cognitive
 * disturbances, health care needs), the form asks explicitly with code "0", which the flow
 * leaves out.
 */
import type { AssessmentKind } from "./case-file";
import { ageInYears, type IsoDate } from "./eligibility";

export type AssessmentOption = { code: string; label: string };
export type AssessmentItem = {
  /** The key in valutazioni.voci. */
  key: string;
  /** The attribute of the INPS flow. */
  siuss: string;
  label: string;
  options: readonly AssessmentOption[];
};

const opts = (...labels: string[]): AssessmentOption[] =>
  labels.map((label, i) => ({ code: String(i + 1), label }));
const YES_NO = opts("Sì", "No");

export const SINA_ITEMS = [
  {
    key: "mobilita",
    siuss: "Mobilita",
    label: "Mobilità",
    options: opts("Si sposta da solo", "Si sposta assistito", "Non si sposta"),
  },
  {
    key: "attivitaVitaQuotidiana",
    siuss: "AttivitaVitaQuotidiana",
    label: "Attività della vita quotidiana",
    options: opts("Autonomo", "Parzialmente dipendente", "Totalmente dipendente"),
  },
  {
    key: "disturbiAreaCognitiva",
    siuss: "DisturbiAreaCognitiva",
    label: "Disturbi dell'area cognitiva",
    options: [{ code: "0", label: "Assenti" }, ...opts("Lievi", "Moderati", "Gravi")],
  },
  {
    key: "disturbiComportamentali",
    siuss: "DisturbiComportamentali",
    label: "Disturbi comportamentali",
    options: opts("Assenti", "Presenti"),
  },
  {
    key: "necessitaCureSanitarie",
    siuss: "NecessitaCureSanitarie",
    label: "Necessità di assistenza sanitaria",
    options: [{ code: "0", label: "Nessuna" }, ...opts("Bassa", "Media", "Alta")],
  },
  {
    key: "areaReddituale",
    siuss: "AreaReddituale",
    label: "Situazione economica",
    options: opts(
      "Autonomo e in equilibrio finanziario",
      "Riceve aiuto da parenti e/o da altre persone",
      "In condizione di bisogno economico e senza aiuti da parenti o altre persone",
    ),
  },
  {
    key: "areaSupporto",
    siuss: "AreaSupporto",
    label: "Supporto della rete familiare",
    options: opts(
      "Presenza della rete familiare o informale",
      "Presenza parziale e/o temporanea della rete familiare o informale",
      "Assenza della rete familiare o informale",
    ),
  },
  {
    key: "fonteDerivazioneValutazione",
    siuss: "FonteDerivazioneValutazione",
    label: "Fonte della valutazione",
    options: opts("UVM", "Cartella sociale", "Altra documentazione", "Raccolta diretta"),
  },
  {
    key: "strumentoValutazione",
    siuss: "StrumentoValutazione",
    label: "Strumento di valutazione",
    options: opts(
      "SVAMA",
      "AGED",
      "RUG",
      "SOSIA",
      "Schema polare",
      "VALGRAF",
      "Altro sistema di codifica",
    ),
  },
] as const satisfies readonly AssessmentItem[];

export const SINBA_ITEMS = [
  {
    key: "condizioneMinore",
    siuss: "CondizioneMinore",
    label: "Condizione del minore",
    options: opts(
      "Non orfano",
      "Orfano di entrambi i genitori",
      "Orfano di padre",
      "Orfano di madre",
      "Genitori ignoti",
    ),
  },
  {
    key: "minoreStranieroNonAccompagnato",
    siuss: "MinoreStranieroNoAcc",
    label: "Minore straniero non accompagnato",
    options: YES_NO,
  },
  {
    key: "luogoVita",
    siuss: "LuogoVita",
    label: "Dove vive",
    options: opts(
      "Nella sua famiglia",
      "Presso parenti",
      "In famiglia affidataria",
      "In struttura residenziale sociale",
      "In struttura residenziale sanitaria",
      "In istituto penale minorile",
      "Con amici e conoscenti",
      "Senza dimora",
    ),
  },
  {
    key: "scuolaFrequentata",
    siuss: "ScuolaFrequentata",
    label: "Scuola frequentata",
    options: opts(
      "Nessuna scuola",
      "Struttura",
      "Asilo nido",
      "Scuola dell'infanzia",
      "Scuola primaria",
      "Scuola secondaria di I grado",
      "Scuola secondaria di II grado",
      "Corso di formazione professionale",
    ),
  },
  {
    key: "disabilita",
    siuss: "Disabilita",
    label: "Disabilità",
    options: YES_NO,
  },
  {
    key: "fonteSegnalazione",
    siuss: "FonteSegnalazione",
    label: "Fonte della segnalazione",
    options: opts(
      "Servizio sociale minori della giustizia minorile",
      "Altro servizio sociale (consultori, centri famiglia, altro ambito)",
      "Servizi sanitari, medico di base, pediatra",
      "Privato sociale, volontariato",
      "Forze dell'ordine",
      "Beneficiario stesso",
      "Genitori affidatari, tutore",
      "Genitori, fratelli, altri familiari conviventi",
      "Parenti non conviventi",
      "Tribunale ordinario",
      "Autorità giudiziarie minorili",
      "Professionista privato",
      "Scuola",
      "Vicinato o conoscenti",
    ),
  },
  {
    key: "valutazioneMinore",
    siuss: "ValutazioneMinore",
    label: "Valutazione del minore",
    options: opts(
      "Nessuna specifica problematica",
      "Problemi relazionali e comportamentali",
      "Dipendenze",
      "Presunto stato di abbandono",
      "Problemi sanitari",
      "Violenza sessuale subita, prostituzione, tratta, pedopornografia",
      "Altre forme di violenza e maltrattamento subite",
      "Comportamenti di grave devianza",
      "Problemi di autonomia, disabilità",
      "Coinvolto in procedure penali",
      "Gestante o madre minorenne",
      "Minore straniero non accompagnato",
      "Abbandono scolastico",
    ),
  },
  {
    key: "valutazioneFamiglia",
    siuss: "ValutazioneFamigliaMinore",
    label: "Valutazione della famiglia",
    options: opts(
      "Nessuna specifica problematica",
      "Fragilità o inadeguatezza genitoriale, problematiche socio-educative e relazionali",
      "Dipendenza",
      "Problematiche psichiatriche",
      "Altre problematiche sanitarie",
      "Grave conflittualità familiare",
      "Famiglia maltrattante",
      "Famiglia abusante",
      "Problemi giudiziari",
      "Fallimento dell'affido preadottivo nel primo anno",
      "Inadempienza degli obblighi sanitari",
      "Difficoltà economiche",
      "Difficoltà abitative",
    ),
  },
  {
    key: "segnalazioneAutoritaGiudiziaria",
    siuss: "SegnalazioneAutoritaGiudiziaria",
    label: "Segnalazione all'autorità giudiziaria",
    options: YES_NO,
  },
  {
    key: "provvedimentoGiudiziario",
    siuss: "ProvvedimentoGiudiziario",
    label: "Provvedimento giudiziario",
    options: YES_NO,
  },
] as const satisfies readonly AssessmentItem[];

export const ASSESSMENT_ITEMS: Record<AssessmentKind, readonly AssessmentItem[]> = {
  sina: SINA_ITEMS,
  sinba: SINBA_ITEMS,
};

export const ASSESSMENT_KIND_LABELS: Record<AssessmentKind, string> = {
  sina: "SINA (persona adulta)",
  sinba: "SINBA (minore e famiglia)",
};

/** SINBA while the person is under 18 on the assessment date, SINA from then on. */
export function assessmentKindFor(birthDate: IsoDate, on: IsoDate): AssessmentKind {
  return ageInYears(birthDate, on) < 18 ? "sinba" : "sina";
}

/** The label of an answer, or the code itself when it is not (or no longer) in the list. */
export function answerLabel(item: AssessmentItem, code: string | undefined): string {
  return item.options.find((o) => o.code === code)?.label ?? code ?? "—";
}
