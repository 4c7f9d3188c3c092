import { describe, expect, it } from "vitest";
import { ageBandOf, defaultPeriod, histogramStats, monthsOf } from "./dashboard";

describe("cruscotto helpers", () => {
  it("mean and nearest-rank 90th percentile of a histogram", () => {
    const h = Array.from({ length: 10 }, (_, i) => ({ value: i + 1, n: 1 }));
    expect(histogramStats(h)).toEqual({ n: 10, mean: 5.5, p90: 9 });
    expect(
      histogramStats([
        { value: 30, n: 3 },
        { value: 2, n: 27 },
      ]),
    ).toEqual({
      n: 30,
      mean: 4.8,
      p90: 2,
    });
    expect(histogramStats([])).toEqual({ n: 0, mean: null, p90: null });
  });
  it("periods and age bands", () => {
    expect(defaultPeriod("2026-03-15")).toEqual({ dal: "2025-04", al: "2026-03" });
    expect(monthsOf({ dal: "2025-11", al: "2026-02" })).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(ageBandOf(2010, 2026)).toBe("0-17");
    expect(ageBandOf(1951, 2026)).toBe("75+");
    expect(ageBandOf(1961, 2026)).toBe("65-74");
  });
});
