import { portalCopy } from "@/lib/i18n/portal";
import type { Locale } from "@/lib/portal/routes";
import type { OfficeHours } from "@/lib/validation/portal";

/** An office's reception hours as a small table: one row per day, its slots joined. */
export function OfficeHoursTable({
  orari,
  locale,
  caption,
}: {
  orari: OfficeHours[];
  locale: Locale;
  caption: string;
}) {
  const c = portalCopy(locale).portal.office;
  if (!orari.length) return <p>{c.noHours}</p>;
  const byDay = new Map<number, string[]>();
  for (const h of orari)
    byDay.set(h.giorno, [...(byDay.get(h.giorno) ?? []), c.slot(h.dalle, h.alle)]);
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-1 pr-4">
            {c.day}
          </th>
          <th scope="col" className="py-1">
            {c.time}
          </th>
        </tr>
      </thead>
      <tbody>
        {[...byDay].map(([day, slots]) => (
          <tr key={day} className="border-b border-line/60">
            <th scope="row" className="py-1 pr-4 font-normal">
              {c.days[day]}
            </th>
            <td className="py-1">{slots.join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
