/** Wall-clock times in Italy (what a datetime-local field holds) and the instants they name. */

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Rome",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "YYYY-MM-DDTHH:mm" in Italy at an instant, as a datetime-local field shows it. */
export function toRomeLocal(at: Date): string {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a wall-clock time in Italy ("YYYY-MM-DDTHH:mm"); null when it is not one.
 * In the hour skipped in spring the later offset is taken.
 */
export function fromRomeLocal(local: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 16) !== local) return null;
  // Italy is UTC+1 or UTC+2: try both offsets and keep the one that reads back the same.
  for (const hours of [2, 1]) {
    const at = new Date(asUtc - hours * 3_600_000);
    if (toRomeLocal(at) === local) return at;
  }
  return new Date(asUtc - 3_600_000);
}
