/** The household (nucleo familiare) and the social network (rete) of a person. */
import type { Relation } from "./case-file";

/** Relations that make sense inside the nucleo: the others are network only. */
export const HOUSEHOLD_RELATIONS = [
  "coniuge",
  "convivente",
  "figlio",
  "genitore",
  "fratello_sorella",
  "nonno",
  "nipote",
  "altro_parente",
  "altro",
] as const satisfies readonly Relation[];

export const RELATION_LABELS: Record<Relation, string> = {
  coniuge: "Coniuge",
  convivente: "Convivente",
  figlio: "Figlio/a",
  genitore: "Genitore",
  fratello_sorella: "Fratello/sorella",
  nonno: "Nonno/a",
  nipote: "Nipote",
  altro_parente: "Altro parente",
  caregiver: "Caregiver",
  amministratore_sostegno: "Amministratore di sostegno",
  tutore: "Tutore",
  vicino: "Vicino/a",
  volontario: "Volontario/a",
  servizio: "Servizio",
  altro: "Altro",
};

/** The household size the bandi rules read: the person and the active members of the nucleo. */
export function householdSize(members: number): number {
  return 1 + members;
}
