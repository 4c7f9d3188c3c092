import { describe, expect, it } from "vitest";
import { budgetTotals, budgetTotalsBy, monthlyAmountFor } from "./bando-amounts";
import { hasOpened, windowStatus } from "./bando-window";

const tiers = [
  { iseeFino: 10_000, importoMensile: 400 },
  { iseeFino: 20_000, importoMensile: 250 },
  { iseeFino: 25_000, importoMensile: 100 },
];

describe("monthlyAmountFor", () => {
  it("gives the one amount whatever the ISEE when the bando has no tiers", () => {
    const bando = { importoMensile: 100, importiFasce: null };
    expect(monthlyAmountFor(bando, 5_000)).toBe(100);
    expect(monthlyAmountFor(bando, 90_000)).toBe(100);
    expect(monthlyAmountFor(bando, null)).toBe(100);
    expect(monthlyAmountFor({ importoMensile: 100, importiFasce: [] }, 5_000)).toBe(100);
  });

  it("is null when the bando has no amount at all", () => {
    expect(monthlyAmountFor({ importoMensile: null, importiFasce: null }, 5_000)).toBeNull();
  });

  it.each([
    [0, 400],
    [9_999.99, 400],
    [10_000, 400],
    [10_000.01, 250],
    [20_000, 250],
    [24_000, 100],
    [25_000, 100],
  ])("with tiers, ISEE %d gets the first band with ISEE ≤ its limit: %d", (isee, amount) => {
    expect(monthlyAmountFor({ importoMensile: null, importiFasce: tiers }, isee)).toBe(amount);
  });

  it("with tiers, no ISEE or an ISEE above every band is not covered", () => {
    const bando = { importoMensile: null, importiFasce: tiers };
    expect(monthlyAmountFor(bando, null)).toBeNull();
    expect(monthlyAmountFor(bando, 25_000.01)).toBeNull();
    expect(monthlyAmountFor(bando, Number.NaN)).toBeNull();
  });

  it("reads tiers in increasing order even if stored otherwise", () => {
    const bando = { importoMensile: null, importiFasce: [...tiers].reverse() };
    expect(monthlyAmountFor(bando, 5_000)).toBe(400);
    expect(monthlyAmountFor(bando, 15_000)).toBe(250);
  });

  it("a band worth zero is covered with zero, not «not covered»", () => {
    const bando = { importoMensile: null, importiFasce: [{ iseeFino: 1_000, importoMensile: 0 }] };
    expect(monthlyAmountFor(bando, 500)).toBe(0);
  });
});

describe("budget totals", () => {
  const lines = [
    { comune: "Pavia", area: null, stanziato: "20000.00", impegnato: "1200.00", pagato: "100.00" },
    { comune: null, area: "anziani", stanziato: "0.10", impegnato: "0.10", pagato: "0.00" },
    { comune: null, area: null, stanziato: "30000.20", impegnato: "0.00", pagato: "0.00" },
    { comune: "Cava Manara", area: null, stanziato: "5000.00", impegnato: "0.00", pagato: "0.00" },
  ];

  it("adds in cents, so that decimals do not drift", () => {
    expect(budgetTotals(lines)).toEqual({
      stanziato: "55000.30",
      impegnato: "1200.10",
      pagato: "100.00",
      disponibile: "53800.20",
    });
    expect(budgetTotals([])).toEqual({
      stanziato: "0.00",
      impegnato: "0.00",
      pagato: "0.00",
      disponibile: "0.00",
    });
  });

  it("groups by comune, the general money last", () => {
    expect(
      budgetTotalsBy(lines, (l) => l.comune).map((g) => [g.key, g.totals.disponibile]),
    ).toEqual([
      ["Cava Manara", "5000.00"],
      ["Pavia", "18800.00"],
      [null, "30000.20"],
    ]);
  });
});

describe("window status", () => {
  const bando = { apertura: "2026-02-01", chiusura: "2026-03-31", chiusoIl: null };
  it.each([
    ["2026-01-31", "da_aprire", false],
    ["2026-02-01", "aperto", true],
    ["2026-03-31", "aperto", true],
    ["2026-04-01", "chiuso", true],
  ] as const)("on %s it is %s", (today, status, opened) => {
    expect(windowStatus(bando, today)).toBe(status);
    expect(hasOpened(bando, today)).toBe(opened);
  });

  it("is closed once the coordinator closed it, whatever the dates", () => {
    expect(
      windowStatus({ ...bando, chiusoIl: new Date("2026-02-10T10:00:00Z") }, "2026-02-11"),
    ).toBe("chiuso");
  });
});
