/**
 * Weeks and wall-clock times in Italy (Europe/Rome), for the calendar. Instants are stored
 * as timestamptz; the week view and the forms speak in Rome dates and "HH:MM" times. The
 * offset is looked up for each instant, so the weeks of the DST changes have 167 or 169 hours.
 */
import { addDays, type IsoDate, romeDate } from "./dates";

export const ZONE = "Europe/Rome";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isHhMm(value: string): boolean {
  return HH_MM.test(value);
}

/** The Monday of the week holding `date` (weeks run Monday to Sunday). */
export function weekStartOf(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The seven dates of the week starting on `monday`. */
export function weekDays(monday: IsoDate): IsoDate[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Minutes Rome is ahead of UTC at `at` (60 in winter, 120 in summer). */
function offsetMinutes(at: number): number {
  const p = Object.fromEntries(partsFormat.formatToParts(at).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

/**
 * The instant of a Rome wall-clock time. A time skipped by the spring change (02:30 on the
 * last Sunday of March) is read with the winter offset, i.e. one hour later; a repeated
 * autumn time gets its first occurrence.
 */
export function romeInstant(date: IsoDate, time = "00:00"): Date {
  if (!isIsoDate(date) || !isHhMm(time))
    throw new RangeError(`Data o ora non valida: ${date} ${time}`);
  const [h, m] = time.split(":").map(Number) as [number, number];
  const wall = Date.parse(`${date}T00:00:00Z`) + (h * 60 + m) * 60_000;
  // The offsets in force around that day (they differ only on the days of the change).
  const before = offsetMinutes(wall - 86_400_000);
  const after = offsetMinutes(wall + 86_400_000);
  const candidates = [
    wall - Math.max(before, after) * 60_000,
    wall - Math.min(before, after) * 60_000,
  ];
  const exact = candidates.find((at) => at + offsetMinutes(at) * 60_000 === wall);
  return new Date(exact ?? wall - before * 60_000);
}

/** The Rome wall-clock time of an instant, "HH:MM". */
export function romeTime(at: Date): string {
  return new Intl.DateTimeFormat("it-IT", {
    timeZone: ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
}

/** The instants bounding the week of `monday`: from its Monday 00:00 to the next Monday 00:00. */
export function weekRange(monday: IsoDate): { from: Date; to: Date } {
  return { from: romeInstant(monday), to: romeInstant(addDays(monday, 7)) };
}

/** The instants bounding one Rome calendar day. */
export function dayRange(date: IsoDate): { from: Date; to: Date } {
  return { from: romeInstant(date), to: romeInstant(addDays(date, 1)) };
}

/** The week a `?settimana=` parameter names (any date of it), or the current one. */
export function weekFromParam(param: string | undefined, now: Date = new Date()): IsoDate {
  if (param && isIsoDate(param)) return weekStartOf(param);
  return weekStartOf(romeDate(now));
}

/** Which of the seven days (0 = Monday) an instant falls on in Rome, given the week's Monday. */
export function dayIndexInWeek(monday: IsoDate, at: Date): number {
  const date = romeDate(at);
  const diff = Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${monday}T00:00:00Z`)) / 86_400_000,
  );
  return diff;
}
