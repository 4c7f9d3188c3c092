/** Code tables the SIUSS flows use (ISO 3166 numeric for states, SINBA bands). */

export const ITALIA = "380";
/** "Non disponibile" in the ISO 3166 fields of SIUSS. */
export const CITTADINANZA_NON_DISPONIBILE = "990";

// Zona records citizenship as the Italian adjective; the states seen in the district.
const CITTADINANZE: Record<string, string> = {
  italiana: "380",
  albanese: "008",
  marocchina: "504",
  rumena: "642",
  romena: "642",
  ucraina: "804",
  cinese: "156",
  egiziana: "818",
  filippina: "608",
  indiana: "356",
  pakistana: "586",
  senegalese: "686",
  nigeriana: "566",
  tunisina: "788",
  peruviana: "604",
  ecuadoriana: "218",
  moldava: "498",
  polacca: "616",
  bangladese: "050",
  srilankese: "144",
  ghanese: "288",
  brasiliana: "076",
  francese: "250",
  tedesca: "276",
  spagnola: "724",
};

/** The ISO 3166 numeric code of a citizenship written as its adjective, or null when unknown. */
export function citizenshipCode(adjective: string): string | null {
  const key = adjective.trim().toLowerCase().replace(/\s+/g, "");
  if (/^\d{3}$/.test(key)) return key;
  return CITTADINANZE[key] ?? null;
}

/** SINBA FasciaEtaBeneficiario: 1 = 0–3 years … 6 = 15–18. */
export function fasciaEta(ageYears: number): string {
  return String(Math.min(6, Math.max(1, Math.floor(ageYears / 3) + 1)));
}

/** SINBA FasciaISEEBeneficiario: 1 = ISEE 0 … 8 = over 20,000 euro. */
export function fasciaIsee(valore: number): string {
  if (valore <= 0) return "1";
  const bands = [3000, 6000, 9000, 12000, 15000, 20000];
  const i = bands.findIndex((top) => valore <= top);
  return String(i === -1 ? 8 : i + 2);
}

/** Whole years between a birth date and a date, both YYYY-MM-DD. */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}
