import type { Messages } from "..";

/** A bando's rules in English sentences (the Italian ones are in it/bandi.ts). */
export const rules: Messages["bandi"]["rules"] = {
  isee: (kinds: string, max: string) => `ISEE (${kinds}) not above ${max}.`,
  iseeMinors: (kinds: string, max: string) => `For minors: ISEE (${kinds}) not above ${max}.`,
  iseeValid: "The ISEE must be valid (not expired) on the date of the application.",
  residenceAmbito: "Resident in a municipality of the district.",
  residenceListed: (comuni: string) => `Resident in one of these municipalities: ${comuni}.`,
  ageBetween: (min: number, max: number, when: string) => `Aged between ${min} and ${max} ${when}.`,
  ageMin: (min: number, when: string) => `Aged at least ${min} ${when}.`,
  ageMax: (max: number, when: string) => `Aged at most ${max} ${when}.`,
  onApplication: "on the date of the application",
  onDate: (date: string) => `on ${date}`,
  disability: (conditions: string) => `At least one of these conditions: ${conditions}.`,
  atHome: "Lives at home.",
  notReceiving: (measures: string) => `Not already receiving, in the same period: ${measures}.`,
  declaration: (text: string) => `Declares: “${text}”`,
  or: "or",
  points: (p: number) => `${p} ${p === 1 ? "point" : "points"}`,
  iseeBand: (bands: string) => `ISEE band: ${bands}.`,
  iseeBandItem: (upTo: string, points: string) => `up to ${upTo} ${points}`,
  household: (perMember: string, max: string | null) =>
    `Household: ${perMember} per member${max ? `, at most ${max}` : ""}.`,
  disabilityScore: (items: string) =>
    `Disability (the condition with most points counts): ${items}.`,
  livesAlone: (points: string) => `Lives alone: ${points}.`,
  ageBands: (bands: string) => `Age: ${bands}.`,
  ageBandItem: (from: number, points: string) => `from ${from} years ${points}`,
  assessment: (max: string) => `Social worker's assessment: from 0 to ${max}.`,
  copayment: (iseeMin: string, iseeMax: string, tMin: string, tMax: string, exempt: boolean) =>
    `With an ISEE up to ${iseeMin} ${exempt ? "exempt" : `rate ${tMin}`}; above ${iseeMax}, or without an ISEE, rate ${tMax}; in between the rate grows in proportion to the ISEE.`,
};
