import type { AppointmentItem } from "@/lib/data/appointments";
import { romeDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/domain/format";
import { weekDays } from "@/lib/domain/week";
import { t } from "@/lib/i18n";
import { cn } from "../ui/cn";
import { AppointmentEntry } from "./appointment-item";

/**
 * The week as seven day sections, Monday to Sunday: each a heading and a list, so that a
 * screen reader walks it by headings; the grid is only the layout on wide screens.
 */
export function WeekView({
  monday,
  items,
  today,
}: {
  monday: string;
  items: AppointmentItem[];
  today: string;
}) {
  const m = t.calendar;
  const days = weekDays(monday);
  const byDay = new Map<string, AppointmentItem[]>(days.map((d) => [d, []]));
  for (const item of items) byDay.get(romeDate(item.inizio))?.push(item);
  return (
    <div className="grid gap-3 md:grid-cols-7" data-testid="week">
      {days.map((day, i) => {
        const list = byDay.get(day) ?? [];
        const isToday = day === today;
        return (
          <section
            key={day}
            aria-labelledby={`giorno-${day}`}
            className={cn(
              "rounded border border-line bg-white p-3",
              isToday && "border-2 border-primary",
            )}
            data-day={day}
          >
            <h2 id={`giorno-${day}`} className="mb-2 text-base font-bold text-primary-darker">
              {m.dayHeading(m.weekdays[i] ?? "", formatDate(day))}
              {isToday ? <span className="ml-1 font-normal">({m.today})</span> : null}
            </h2>
            {list.length ? (
              <ul className="space-y-3">
                {list.map((item) => (
                  <li key={item.id}>
                    <AppointmentEntry item={item} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted">{m.noAppointments}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
