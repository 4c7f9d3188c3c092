import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CopaymentSchema } from "@/lib/validation/bando-rules";
import { type CopaymentParams, copayment, copaymentDetail } from "./copayment";

/** domain.md §4: a Lombard comune's SAD, ISEE 6.531–11.429 → 3–11 € per hour. */
const SAD: CopaymentParams = { iseeMin: 6_531, iseeMax: 11_429, tMin: 3, tMax: 11 };

describe("copayment (SAD example, domain.md §4)", () => {
  it.each([
    [0, 3],
    [6_000, 3],
    [6_530.99, 3],
    [6_531, 3],
    [7_000, 3.77], // 3 + 469 × 8 / 4898 = 3.766…
    [8_000, 5.4], // 3 + 1469 × 8 / 4898 = 5.399…
    [8_980, 7], // the midpoint
    [10_000, 8.67], // 3 + 3469 × 8 / 4898 = 8.665…
    [11_428.99, 11],
    [11_429, 11],
    [25_000, 11],
  ])("ISEE %d → %d € per hour", (isee, tariff) => {
    expect(copayment({ ...SAD, isee })).toBe(tariff);
  });

  it("no ISEE presented: the maximum", () => {
    expect(copaymentDetail({ ...SAD, isee: null })).toEqual({ tariff: 11, basis: "no_isee" });
  });

  it("exempt below the floor, but not at the floor", () => {
    const exempt = { ...SAD, exemptBelowMin: true };
    expect(copaymentDetail({ ...exempt, isee: 6_530 })).toEqual({ tariff: 0, basis: "exempt" });
    expect(copaymentDetail({ ...exempt, isee: 6_531 })).toEqual({ tariff: 3, basis: "floor" });
    expect(copaymentDetail({ ...exempt, isee: 8_980 })).toEqual({ tariff: 7, basis: "linear" });
  });

  it("says which part of the scale applied", () => {
    expect(copaymentDetail({ ...SAD, isee: 5_000 }).basis).toBe("floor");
    expect(copaymentDetail({ ...SAD, isee: 9_000 }).basis).toBe("linear");
    expect(copaymentDetail({ ...SAD, isee: 12_000 }).basis).toBe("ceiling");
  });

  it("rounds half up on exact cents, without floating-point slips", () => {
    // 0.285 € exactly: naive Math.round(0.285 * 100) gives 0.28.
    expect(copayment({ iseeMin: 0, iseeMax: 1_000, tMin: 0, tMax: 1, isee: 285 })).toBe(0.29);
    expect(copayment({ iseeMin: 0, iseeMax: 100, tMin: 0, tMax: 0.01, isee: 50 })).toBe(0.01);
    expect(copayment({ iseeMin: 0, iseeMax: 100, tMin: 0, tMax: 0.01, isee: 49.99 })).toBe(0);
  });

  it("a flat tariff (tMin = tMax) is flat", () => {
    expect(copayment({ iseeMin: 0, iseeMax: 10_000, tMin: 5, tMax: 5, isee: 4_321 })).toBe(5);
  });

  it("is between tMin and tMax, never decreasing with the ISEE, in whole cents", () => {
    const isee = fc.integer({ min: 0, max: 2_000_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(isee, isee, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const tLo = copayment({ ...SAD, isee: lo });
        const tHi = copayment({ ...SAD, isee: hi });
        expect(tLo).toBeGreaterThanOrEqual(SAD.tMin);
        expect(tHi).toBeLessThanOrEqual(SAD.tMax);
        expect(tLo).toBeLessThanOrEqual(tHi);
        expect(Math.round(tLo * 100) / 100).toBe(tLo);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses parameters the schema would refuse, and a negative ISEE", () => {
    expect(() => copayment({ ...SAD, iseeMax: SAD.iseeMin, isee: 7_000 })).toThrow(RangeError);
    expect(() => copayment({ ...SAD, tMin: 12, isee: 7_000 })).toThrow(RangeError);
    expect(() => copayment({ ...SAD, tMin: -1, isee: 7_000 })).toThrow(RangeError);
    expect(() => copayment({ ...SAD, isee: -1 })).toThrow(RangeError);
    expect(() => copayment({ ...SAD, isee: Number.NaN })).toThrow(RangeError);
  });
});

describe("CopaymentSchema", () => {
  const messages = (input: unknown) => {
    const result = CopaymentSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("accepts the SAD example, with or without exemption", () => {
    expect(messages(SAD)).toEqual([]);
    expect(messages({ ...SAD, exemptBelowMin: true })).toEqual([]);
  });

  it.each([
    [
      "floor not below ceiling",
      { ...SAD, iseeMin: 12_000 },
      "iseeMax",
      "L'ISEE massimo deve essere maggiore dell'ISEE minimo.",
    ],
    [
      "equal floor and ceiling",
      { ...SAD, iseeMax: 6_531 },
      "iseeMax",
      "L'ISEE massimo deve essere maggiore dell'ISEE minimo.",
    ],
    [
      "tMin over tMax",
      { ...SAD, tMin: 12 },
      "tMax",
      "La tariffa massima non può essere inferiore alla tariffa minima.",
    ],
    [
      "negative tariff",
      { ...SAD, tMin: -1 },
      "tMin",
      "La tariffa minima non può essere inferiore a zero.",
    ],
    [
      "negative ISEE floor",
      { ...SAD, iseeMin: -1 },
      "iseeMin",
      "L'ISEE minimo non può essere inferiore a zero.",
    ],
    [
      "three decimals",
      { ...SAD, tMax: 11.005 },
      "tMax",
      "La tariffa massima: al massimo due decimali.",
    ],
    [
      "missing value",
      { iseeMin: 1, iseeMax: 2, tMin: 1 },
      "tMax",
      "La tariffa massima: inserisci un importo in euro.",
    ],
    ["unknown field", { ...SAD, iva: 22 }, "", "Campi non previsti: iva."],
  ])("%s", (_name, input, path, message) => {
    expect(messages(input)).toContainEqual([path, message]);
  });
});
