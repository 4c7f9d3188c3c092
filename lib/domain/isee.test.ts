import { describe, expect, it } from "vitest";
import { addMonths, currentIseeByKind, iseeExpiry, isIseeExpired } from "./isee";

describe("iseeExpiry", () => {
  it.each([
    ["ordinario", "2026-01-20", "2026-12-31"],
    ["ordinario", "2026-12-31", "2026-12-31"],
    ["sociosanitario", "2025-03-02", "2025-12-31"],
    ["sociosanitario_residenze", "2024-02-29", "2024-12-31"],
    ["minorenni", "2020-01-01", "2020-12-31"],
    ["universita", "2026-09-15", "2026-12-31"],
  ] as const)("an ISEE %s filed on %s is valid until %s", (kind, filed, until) => {
    expect(iseeExpiry(kind, filed)).toBe(until);
  });

  it.each([
    ["2026-03-15", "2026-09-15"],
    ["2026-08-31", "2027-02-28"],
    ["2027-08-31", "2028-02-29"],
    ["2026-12-01", "2027-06-01"],
    ["2026-07-01", "2027-01-01"],
    ["2026-12-31", "2027-06-30"],
  ])(
    "an ISEE corrente filed on %s lasts six months, until %s (not 31 December)",
    (filed, until) => {
      expect(iseeExpiry("corrente", filed)).toBe(until);
    },
  );

  it("refuses dates that do not exist and filings before the 2020 rule", () => {
    expect(() => iseeExpiry("ordinario", "2026-02-30")).toThrow(RangeError);
    expect(() => iseeExpiry("ordinario", "20260101")).toThrow(RangeError);
    expect(() => iseeExpiry("ordinario", "2019-12-31")).toThrow(RangeError);
  });
});

describe("addMonths", () => {
  it("keeps the day, or takes the last day of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-05-31", 6)).toBe("2026-11-30");
    expect(addMonths("2026-11-15", 14)).toBe("2028-01-15");
  });
});

describe("isIseeExpired", () => {
  it("is valid through its last day and expired the day after", () => {
    expect(isIseeExpired("2026-12-31", "2026-12-31")).toBe(false);
    expect(isIseeExpired("2026-12-31", "2027-01-01")).toBe(true);
    expect(isIseeExpired("2026-12-31", "2026-06-01")).toBe(false);
  });
});

describe("currentIseeByKind", () => {
  const a = (id: string, kind: "ordinario" | "corrente", filedOn: string) => ({
    id,
    kind,
    filedOn,
    expiresOn: iseeExpiry(kind, filedOn),
  });

  it("takes the latest valid attestation of each kind, ignoring expired and future ones", () => {
    const current = currentIseeByKind(
      [
        a("old", "ordinario", "2025-02-01"),
        a("jan", "ordinario", "2026-01-20"),
        a("mar", "ordinario", "2026-03-05"),
        a("future", "ordinario", "2026-12-01"),
        a("corr-expired", "corrente", "2026-01-10"),
      ],
      "2026-11-27",
    );
    expect(current.get("ordinario")).toBe("mar");
    expect(current.has("corrente")).toBe(false);
  });

  it("has none when every attestation has expired", () => {
    expect(currentIseeByKind([a("x", "ordinario", "2025-05-05")], "2026-01-01").size).toBe(0);
  });
});
