import type { IsoDate } from "./dates";
import type { RequestStatus } from "./request-workflow";

/**
 * The payment schedule of a benefit in erogazione. The rule: a benefit runs in whole calendar
 * months, and the first instalment is for the month of the start date, whatever its day. A
 * benefit of 12 months starting on 15 March 2026 has instalments for March 2026 … February
 * 2027 and ends on 28 February 2027. Amounts are worked in whole cents, so the instalments add
 * up to exactly months × monthly amount.
 */

export const MAX_MONTHS = 120;

/** States in which a request may have a schedule (kept, paid or not, after it ends). */
export const SCHEDULED_STATUSES: readonly RequestStatus[] = [
  "in_erogazione",
  "conclusa",
  "revocata",
  "rinunciata",
];

/**
 * Liquidazioni are recorded while the benefit runs and after it has ended at its date: the
 * last months are usually paid after the end. A revoked or renounced benefit has no unpaid
 * instalments left to pay.
 */
export const PAYABLE_STATUSES: readonly RequestStatus[] = ["in_erogazione", "conclusa"];

export type Instalment = {
  /** 1, 2, … in order of month. */
  n: number;
  /** First day of the month the instalment is for. */
  competenza: IsoDate;
  /** Euro with two decimals, "100.00". */
  importo: string;
  /** Service hours of the month (vouchers), two decimals; null for money-only benefits. */
  ore: string | null;
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(date: IsoDate): { y: number; m: number; d: number } {
  const match = ISO_DATE.exec(date);
  const y = Number(match?.[1]);
  const m = Number(match?.[2]);
  const d = Number(match?.[3]);
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`Data non valida: ${date}`);
  }
  return { y, m, d };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The month `offset` months after (y, m), as { y, m } with m in 1..12. */
function shiftMonth(y: number, m: number, offset: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + offset;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

function checkMonths(months: number): void {
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw new RangeError(`Durata non valida: ${months} mesi (da 1 a ${MAX_MONTHS}).`);
  }
}

/** Whole cents of a non-negative euro amount with at most two decimals ("12.5", 12.5 → 1250). */
export function toCents(amount: string | number): number {
  const text = typeof amount === "number" ? String(amount) : amount.trim();
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new RangeError(`Importo non valido: ${amount}`);
  const cents = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Importo non valido: ${amount}`);
  return cents;
}

/** "1250" cents → "12.50". */
export function fromCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
}

/** The last day covered by a benefit of `months` months starting on `start`. */
export function benefitEndDate(start: IsoDate, months: number): IsoDate {
  checkMonths(months);
  const { y, m } = parse(start);
  const last = shiftMonth(y, m, months - 1);
  return `${pad(last.y, 4)}-${pad(last.m)}-${pad(daysInMonth(last.y, last.m))}`;
}

/** One instalment per month from the month of `start`, each of the monthly amount. */
export function paymentSchedule(input: {
  start: IsoDate;
  months: number;
  monthlyAmount: string | number;
  hoursPerMonth?: string | number | null;
}): Instalment[] {
  checkMonths(input.months);
  const { y, m } = parse(input.start);
  const importo = fromCents(toCents(input.monthlyAmount));
  const ore = input.hoursPerMonth == null ? null : fromCents(toCents(input.hoursPerMonth));
  return Array.from({ length: input.months }, (_, i) => {
    const month = shiftMonth(y, m, i);
    return { n: i + 1, competenza: `${pad(month.y, 4)}-${pad(month.m)}-01`, importo, ore };
  });
}

/** The sum of euro amounts, exactly, as "123.45". */
export function sumAmounts(amounts: readonly (string | number)[]): string {
  return fromCents(amounts.reduce<number>((total, a) => total + toCents(a), 0));
}
