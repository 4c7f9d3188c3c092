/**
 * Wall-clock times in Italy (Europe/Rome) and the instants they name. Instants are stored as
 * timestamptz; forms and views speak in Rome dates and "HH:MM" times. The offset is looked up
 * for each instant, so the days of the DST changes have 23 or 25 hours.
 */
import { type IsoDate, romeDate } from "./dates";

export const ZONE = "Europe/Rome";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isHhMm(value: string): boolean {
  return HH_MM.test(value);
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

const timeFormat = new Intl.DateTimeFormat("it-IT", {
  timeZone: ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Rome wall-clock time of an instant, "HH:MM". */
export function romeTime(at: Date): string {
  return timeFormat.format(at);
}

/** "YYYY-MM-DDTHH:mm" in Italy at an instant, as a datetime-local field shows it. */
export function toRomeLocal(at: Date): string {
  return `${romeDate(at)}T${romeTime(at)}`;
}

/** The instant of a datetime-local value read as Italian time; null when it is not one. */
export function fromRomeLocal(local: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m || !isIsoDate(m[1] as string) || !isHhMm(m[2] as string)) return null;
  return romeInstant(m[1] as string, m[2] as string);
}
