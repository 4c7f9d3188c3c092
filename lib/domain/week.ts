/**
 * Calendar weeks in Italy (Monday to Sunday), for the agenda. The weeks of the DST changes
 * have 167 or 169 hours.
 */
import { addDays, type IsoDate, romeDate } from "./dates";
import { isIsoDate, romeInstant } from "./rome-time";

/** The Monday of the week holding `date` (weeks run Monday to Sunday). */
export function weekStartOf(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The seven dates of the week starting on `monday`. */
export function weekDays(monday: IsoDate): IsoDate[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
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
