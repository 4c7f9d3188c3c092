/** Pure helpers of the cruscotto: periods, age bands, the histogram's mean and percentile. */

export type MonthPeriod = { dal: string; al: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(v: string | undefined | null): v is string {
  return typeof v === "string" && MONTH.test(v);
}

/** The last twelve months up to `today`'s month, as YYYY-MM. */
export function defaultPeriod(today: string): MonthPeriod {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const from = new Date(Date.UTC(y, m - 12, 1));
  return { dal: from.toISOString().slice(0, 7), al: today.slice(0, 7) };
}

/** The months from `dal` to `al` included (YYYY-MM), at most 120. */
export function monthsOf(p: MonthPeriod): string[] {
  const out: string[] = [];
  let y = Number(p.dal.slice(0, 4));
  let m = Number(p.dal.slice(5, 7));
  while (out.length < 120) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    if (key > p.al) break;
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export const AGE_BANDS = ["0-17", "18-34", "35-64", "65-74", "75+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The band of the age reached in `year` by someone born in `birthYear`. */
export function ageBandOf(birthYear: number, year: number): AgeBand {
  const age = year - birthYear;
  if (age < 18) return "0-17";
  if (age < 35) return "18-34";
  if (age < 65) return "35-64";
  if (age < 75) return "65-74";
  return "75+";
}

export type Histogram = { value: number; n: number }[];

/** Mean and 90th percentile (nearest rank) of a histogram; null when it is empty. */
export function histogramStats(h: Histogram): {
  n: number;
  mean: number | null;
  p90: number | null;
} {
  const sorted = [...h].filter((b) => b.n > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((s, b) => s + b.n, 0);
  if (n === 0) return { n: 0, mean: null, p90: null };
  const mean = sorted.reduce((s, b) => s + b.value * b.n, 0) / n;
  const rank = Math.ceil(0.9 * n);
  let seen = 0;
  let p90 = sorted[sorted.length - 1]?.value ?? 0;
  for (const b of sorted) {
    seen += b.n;
    if (seen >= rank) {
      p90 = b.value;
      break;
    }
  }
  return { n, mean: Math.round(mean * 10) / 10, p90 };
}
