import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  benefitEndDate,
  fromCents,
  MAX_MONTHS,
  paymentSchedule,
  sumAmounts,
  toCents,
} from "./payment-schedule";

describe("benefitEndDate", () => {
  it.each([
    ["2026-01-01", 12, "2026-12-31"],
    ["2026-03-15", 12, "2027-02-28"], // mid-month start: March counts whole
    ["2026-03-31", 1, "2026-03-31"],
    ["2027-12-01", 3, "2028-02-29"], // leap year
    ["2026-11-30", 2, "2026-12-31"],
    ["2026-12-10", 2, "2027-01-31"],
    ["2026-02-01", 120, "2036-01-31"],
  ])("%s for %d months ends on %s", (start, months, end) => {
    expect(benefitEndDate(start, months)).toBe(end);
  });

  it("refuses bad dates and durations", () => {
    expect(() => benefitEndDate("2026-02-30", 1)).toThrow(RangeError);
    expect(() => benefitEndDate("2026-2-1", 1)).toThrow(RangeError);
    expect(() => benefitEndDate("2026-01-01", 0)).toThrow(RangeError);
    expect(() => benefitEndDate("2026-01-01", 1.5)).toThrow(RangeError);
    expect(() => benefitEndDate("2026-01-01", MAX_MONTHS + 1)).toThrow(RangeError);
  });
});

describe("paymentSchedule", () => {
  it("one instalment a month from the month of the start date", () => {
    expect(paymentSchedule({ start: "2026-11-20", months: 3, monthlyAmount: "100.00" })).toEqual([
      { n: 1, competenza: "2026-11-01", importo: "100.00", ore: null },
      { n: 2, competenza: "2026-12-01", importo: "100.00", ore: null },
      { n: 3, competenza: "2027-01-01", importo: "100.00", ore: null },
    ]);
  });

  it("carries the service hours of vouchers", () => {
    const rows = paymentSchedule({
      start: "2026-04-01",
      months: 2,
      monthlyAmount: 412.5,
      hoursPerMonth: "20.5",
    });
    expect(rows.map((r) => [r.importo, r.ore])).toEqual([
      ["412.50", "20.50"],
      ["412.50", "20.50"],
    ]);
  });

  it("refuses amounts that are negative or finer than a cent", () => {
    const base = { start: "2026-01-01", months: 2 };
    expect(() => paymentSchedule({ ...base, monthlyAmount: -1 })).toThrow(RangeError);
    expect(() => paymentSchedule({ ...base, monthlyAmount: "10.005" })).toThrow(RangeError);
    expect(() => paymentSchedule({ ...base, monthlyAmount: 0.1 + 0.2 })).toThrow(RangeError);
    expect(() => paymentSchedule({ ...base, monthlyAmount: 1, hoursPerMonth: -2 })).toThrow(
      RangeError,
    );
  });
});

describe("cents", () => {
  it("round-trips", () => {
    expect(toCents("0")).toBe(0);
    expect(toCents("12.5")).toBe(1250);
    expect(toCents(" 7.05 ")).toBe(705);
    expect(fromCents(705)).toBe("7.05");
    expect(fromCents(0)).toBe("0.00");
    expect(sumAmounts(["0.10", "0.20", 0.3])).toBe("0.60");
  });
});

const isoDate = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const cents = fc.integer({ min: 0, max: 10_000_000 });
const months = fc.integer({ min: 1, max: MAX_MONTHS });

describe("properties", () => {
  it("the instalments add up to months × monthly amount, to the cent", () => {
    fc.assert(
      fc.property(isoDate, months, cents, (start, n, c) => {
        const rows = paymentSchedule({ start, months: n, monthlyAmount: fromCents(c) });
        expect(rows).toHaveLength(n);
        expect(toCents(sumAmounts(rows.map((r) => r.importo)))).toBe(n * c);
      }),
    );
  });

  it("consecutive months, numbered from 1, the first in the month of the start, the last in the month of the end", () => {
    fc.assert(
      fc.property(isoDate, months, (start, n) => {
        const rows = paymentSchedule({ start, months: n, monthlyAmount: "1" });
        const end = benefitEndDate(start, n);
        expect(rows[0]?.competenza).toBe(`${start.slice(0, 7)}-01`);
        expect(rows.at(-1)?.competenza).toBe(`${end.slice(0, 7)}-01`);
        rows.forEach((r, i) => {
          expect(r.n).toBe(i + 1);
          expect(r.competenza.endsWith("-01")).toBe(true);
          if (i > 0) {
            const prev = new Date(`${rows[i - 1]?.competenza}T00:00:00Z`);
            prev.setUTCMonth(prev.getUTCMonth() + 1);
            expect(prev.toISOString().slice(0, 10)).toBe(r.competenza);
          }
        });
      }),
    );
  });

  it("the end date is the last day of its month, after the start, one month longer per month", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: MAX_MONTHS - 1 }), (start, n) => {
        const end = benefitEndDate(start, n);
        const next = new Date(`${end}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(next.getUTCDate()).toBe(1);
        expect(end >= start).toBe(true);
        const longer = benefitEndDate(start, n + 1);
        expect(longer.slice(0, 7)).toBe(
          (() => {
            const d = new Date(`${end.slice(0, 7)}-01T00:00:00Z`);
            d.setUTCMonth(d.getUTCMonth() + 1);
            return d.toISOString().slice(0, 7);
          })(),
        );
      }),
    );
  });
});
