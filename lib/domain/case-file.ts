/** The vocabulary of the cartella sociale: statuses, diary and appointment kinds, relations. */

export const CASE_STATUSES = ["aperta", "sospesa", "chiusa"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What a status-history entry records; "riaperta" is a closed cartella opened again. */
export const CASE_EVENTS = [
  "aperta",
  "sospesa",
  "ripresa",
  "chiusa",
  "riaperta",
  "trasferita",
  "equipe",
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  aperta: "Aperta",
  sospesa: "Sospesa",
  chiusa: "Chiusa",
};

export const DIARY_KINDS = [
  "colloquio",
  "visita_domiciliare",
  "telefonata",
  "riunione_equipe",
  "altro",
] as const;
export type DiaryKind = (typeof DIARY_KINDS)[number];

export const DIARY_KIND_LABELS: Record<DiaryKind, string> = {
  colloquio: "Colloquio",
  visita_domiciliare: "Visita domiciliare",
  telefonata: "Telefonata",
  riunione_equipe: "Riunione d'équipe",
  altro: "Altro",
};

/** Household (nucleo familiare) and social network (rete) links. */
export const LINK_KINDS = ["nucleo", "rete"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const RELATIONS = [
  "coniuge",
  "convivente",
  "figlio",
  "genitore",
  "fratello_sorella",
  "nonno",
  "nipote",
  "altro_parente",
  "caregiver",
  "amministratore_sostegno",
  "tutore",
  "vicino",
  "volontario",
  "servizio",
  "altro",
] as const;
export type Relation = (typeof RELATIONS)[number];

export const APPOINTMENT_KINDS = ["visita_domiciliare", "colloquio", "riunione", "altro"] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const APPOINTMENT_STATUSES = ["programmato", "svolto", "annullato"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const TRANSFER_STATUSES = ["in_attesa", "accettato", "rifiutato", "annullato"] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export const ASSESSMENT_KINDS = ["sina", "sinba"] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const PLAN_STATUSES = ["attivo", "concluso"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const GOAL_OUTCOMES = [
  "in_corso",
  "raggiunto",
  "parzialmente_raggiunto",
  "non_raggiunto",
] as const;
export type GoalOutcome = (typeof GOAL_OUTCOMES)[number];

export const IMPORT_STATUSES = ["in_corso", "completata"] as const;
