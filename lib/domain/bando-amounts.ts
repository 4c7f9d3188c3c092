/**
 * Money of a bando: the monthly amount an applicant gets (one amount, or tiers by ISEE band)
 * and the totals of its budget lines. Pure; amounts are euro with at most two decimals.
 */

/** A tier: applicants with ISEE up to `iseeFino` (inclusive) get `importoMensile` a month. */
export type ImportoFascia = { iseeFino: number; importoMensile: number };

export type BandoAmounts = {
  importoMensile: number | null;
  importiFasce: ImportoFascia[] | null;
};

/**
 * The monthly amount for an applicant with this ISEE. With tiers: the first band (by
 * increasing `iseeFino`) with isee ≤ iseeFino; no ISEE, or above every band, is null: not
 * covered. Without tiers: the bando's one amount, whatever the ISEE (null if it has none).
 */
export function monthlyAmountFor(bando: BandoAmounts, isee: number | null): number | null {
  const tiers = bando.importiFasce;
  if (!tiers || tiers.length === 0) return bando.importoMensile;
  if (isee === null || !Number.isFinite(isee)) return null;
  const band = [...tiers].sort((a, b) => a.iseeFino - b.iseeFino).find((b) => isee <= b.iseeFino);
  return band ? band.importoMensile : null;
}

export type BudgetAmounts = {
  stanziato: string;
  impegnato: string;
  pagato: string;
};

export type BudgetTotals = BudgetAmounts & { disponibile: string };

const cents = (euro: string) => Math.round(Number(euro) * 100);
const euro = (c: number) => (c / 100).toFixed(2);

/** Allocated, committed, paid and available (allocated − committed) over some budget lines. */
export function budgetTotals(lines: readonly BudgetAmounts[]): BudgetTotals {
  let s = 0;
  let i = 0;
  let p = 0;
  for (const l of lines) {
    s += cents(l.stanziato);
    i += cents(l.impegnato);
    p += cents(l.pagato);
  }
  return { stanziato: euro(s), impegnato: euro(i), pagato: euro(p), disponibile: euro(s - i) };
}

/**
 * Totals grouped by a key of the line (its comune, its area); lines without one (the
 * bando's general money) form the group `null`, listed last.
 */
export function budgetTotalsBy<L extends BudgetAmounts, K extends string>(
  lines: readonly L[],
  keyOf: (line: L) => K | null,
): { key: K | null; totals: BudgetTotals }[] {
  const groups = new Map<K | null, L[]>();
  for (const l of lines) {
    const k = keyOf(l);
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, "it")))
    .map(([key, group]) => ({ key, totals: budgetTotals(group) }));
}
