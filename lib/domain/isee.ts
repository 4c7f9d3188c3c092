import { type IseeKind, type IsoDate, isIsoDate } from "./eligibility";

/**
 * Validity of ISEE attestations (DPCM 159/2013 art. 10, as amended by DL 34/2019 art. 10):
 * since 2020 a DSU is valid until 31 December of the year it was filed; the ISEE corrente
 * lasts six months. Pure: the caller passes today's date.
 */

/** The first filing date the rule applies to; earlier DSU followed other terms and have long expired. */
export const ISEE_RULE_SINCE: IsoDate = "2020-01-01";

/** Months an ISEE corrente lasts from the filing of its modulo sostitutivo. */
export const ISEE_CORRENTE_MONTHS = 6;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The same day `months` later; where that day does not exist, the last day of the month, as
 * terms in months are counted (art. 2963 c.c.): 31 August + 6 months = 28 (or 29) February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`Data non valida: ${date}`);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** The last day an attestation of `kind` filed on `filedOn` is valid (inclusive). */
export function iseeExpiry(kind: IseeKind, filedOn: IsoDate): IsoDate {
  if (!isIsoDate(filedOn)) throw new RangeError(`Data di presentazione non valida: ${filedOn}`);
  if (filedOn < ISEE_RULE_SINCE)
    throw new RangeError(`DSU presentata prima del 2020 (${filedOn}): regole di validità diverse.`);
  if (kind === "corrente") return addMonths(filedOn, ISEE_CORRENTE_MONTHS);
  return `${filedOn.slice(0, 4)}-12-31`;
}

/** Whether an attestation is past its last day of validity on `today`. */
export function isIseeExpired(expiresOn: IsoDate, today: IsoDate): boolean {
  return expiresOn < today;
}

type Dated = { id: string; kind: IseeKind; filedOn: IsoDate; expiresOn: IsoDate };

/**
 * The attestation that is current for each kind on `today`: among those filed by then and
 * not expired, the latest filed (a new DSU replaces the previous one), as the eligibility
 * engine counts them. On equal filing dates the first in the given order wins.
 */
export function currentIseeByKind(
  attestations: readonly Dated[],
  today: IsoDate,
): Map<IseeKind, string> {
  const best = new Map<IseeKind, Dated>();
  for (const a of attestations) {
    if (a.filedOn > today || isIseeExpired(a.expiresOn, today)) continue;
    const current = best.get(a.kind);
    if (!current || a.filedOn > current.filedOn) best.set(a.kind, a);
  }
  return new Map([...best].map(([kind, a]) => [kind, a.id]));
}
