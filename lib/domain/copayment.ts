/**
 * Co-payment (compartecipazione) of a service by ISEE, the usual Lombardy form:
 * tariff = tMin + (ISEE − iseeMin) × (tMax − tMin) / (iseeMax − iseeMin), clamped;
 * below the floor tMin (or 0 if exempt), above the ceiling or with no ISEE tMax.
 * Validated by CopaymentSchema in lib/validation/bando-rules.ts.
 */

export type CopaymentParams = {
  /** ISEE floor, euro. */
  iseeMin: number;
  /** ISEE ceiling, euro; greater than iseeMin. */
  iseeMax: number;
  /** Tariff per unit at the floor, euro. */
  tMin: number;
  /** Tariff per unit at the ceiling (and without ISEE), euro; at least tMin. */
  tMax: number;
  /** Below the floor the user pays nothing instead of tMin. */
  exemptBelowMin?: boolean;
};

export type CopaymentInput = CopaymentParams & {
  /** Euro; null = no ISEE presented. */
  isee: number | null;
};

export type CopaymentBasis = "exempt" | "floor" | "linear" | "ceiling" | "no_isee";

export const COPAYMENT_BASIS_LABELS: Record<CopaymentBasis, string> = {
  exempt: "Esente (ISEE sotto la soglia minima)",
  floor: "Tariffa minima (ISEE fino alla soglia minima)",
  linear: "Tariffa proporzionale all'ISEE",
  ceiling: "Tariffa massima (ISEE oltre la soglia massima)",
  no_isee: "Tariffa massima (ISEE non presentato)",
};

export type CopaymentResult = {
  /** Euro per unit (hour, meal, day…), 2 decimals. */
  tariff: number;
  basis: CopaymentBasis;
};

/** Euro to whole cents; amounts are given with at most 2 decimals. */
function toCents(euro: number): bigint {
  return BigInt(Math.round(euro * 100));
}

function assertParams(p: CopaymentParams): void {
  const values = [p.iseeMin, p.iseeMax, p.tMin, p.tMax];
  if (values.some((v) => !Number.isFinite(v) || v < 0)) {
    throw new RangeError(
      "Parametri di compartecipazione non validi: valori negativi o non numerici.",
    );
  }
  if (!(p.iseeMin < p.iseeMax)) {
    throw new RangeError(
      "Parametri di compartecipazione non validi: ISEE minimo non inferiore al massimo.",
    );
  }
  if (p.tMin > p.tMax) {
    throw new RangeError(
      "Parametri di compartecipazione non validi: tariffa minima oltre la massima.",
    );
  }
}

/**
 * The tariff and why. The linear part is computed exactly on cents and rounded half up to
 * the cent. Throws RangeError on parameters CopaymentSchema would refuse, or on a negative ISEE.
 */
export function copaymentDetail(input: CopaymentInput): CopaymentResult {
  assertParams(input);
  const { isee, iseeMin, iseeMax, tMin, tMax } = input;
  if (isee === null) return { tariff: tMax, basis: "no_isee" };
  if (!Number.isFinite(isee) || isee < 0) throw new RangeError(`ISEE non valido: ${isee}.`);
  if (isee < iseeMin)
    return input.exemptBelowMin ? { tariff: 0, basis: "exempt" } : { tariff: tMin, basis: "floor" };
  if (isee === iseeMin) return { tariff: tMin, basis: "floor" };
  if (isee >= iseeMax) return { tariff: tMax, basis: "ceiling" };
  const tMinC = toCents(tMin);
  const num = (toCents(isee) - toCents(iseeMin)) * (toCents(tMax) - tMinC);
  const den = toCents(iseeMax) - toCents(iseeMin);
  // Half up on a non-negative fraction: floor((2·num + den) / (2·den)).
  const cents = tMinC + (2n * num + den) / (2n * den);
  return { tariff: Number(cents) / 100, basis: "linear" };
}

/** The user's tariff per unit, euro with 2 decimals (see copaymentDetail). */
export function copayment(input: CopaymentInput): number {
  return copaymentDetail(input).tariff;
}
