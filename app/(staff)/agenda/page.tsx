import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentForm } from "@/components/calendar/appointment-form";
import { WeekView } from "@/components/calendar/week-view";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { scopeFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listCalendarWorkers, listSchedulableCases, listWeek } from "@/lib/data/appointments";
import { addDays, romeDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/domain/format";
import { weekFromParam } from "@/lib/domain/week";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";
import { firstValues } from "@/lib/validation/list-params";

export const metadata: Metadata = { title: t.calendar.title };

export default async function AgendaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const params = firstValues(await searchParams);
  const m = t.calendar;
  const today = romeDate(new Date());
  const monday = weekFromParam(params.settimana);
  const canWrite = scopeFor(actor, "appointment.write") !== null;
  const workers = await orNotFound(listCalendarWorkers(db(), actor));
  // Whose week: a worker listed for the actor, else the actor's own.
  const operatoreId = workers.some((w) => w.id === params.operatore) ? params.operatore : undefined;
  const [week, cases] = await Promise.all([
    orNotFound(listWeek(db(), actor, { weekStart: monday, operatoreId })),
    canWrite ? orNotFound(listSchedulableCases(db(), actor)) : Promise.resolve([]),
  ]);
  const link = (settimana: string) => {
    const q = new URLSearchParams({ settimana });
    if (operatoreId) q.set("operatore", operatoreId);
    return `/agenda?${q}`;
  };
  const showPicker = !canWrite || workers.length > 1;
  return (
    <>
      <PageHeader
        title={m.title}
        description={m.weekOf(formatDate(monday), formatDate(addDays(monday, 6)))}
      />
      <nav aria-label={m.title} className="mb-4 flex flex-wrap items-end gap-2">
        <Link href={link(addDays(monday, -7))} className={buttonClass("secondary")} rel="prev">
          <span aria-hidden="true">← </span>
          {m.previous}
        </Link>
        <Link href={link(today)} className={buttonClass("secondary")}>
          {m.today}
        </Link>
        <Link href={link(addDays(monday, 7))} className={buttonClass("secondary")} rel="next">
          {m.next}
          <span aria-hidden="true"> →</span>
        </Link>
        {showPicker && workers.length ? (
          <form method="get" action="/agenda" className="ml-auto flex items-end gap-2">
            <input type="hidden" name="settimana" value={monday} />
            <div>
              <label htmlFor="operatore" className="block font-semibold">
                {m.worker}
              </label>
              <select
                id="operatore"
                name="operatore"
                defaultValue={operatoreId ?? ""}
                className="rounded border border-[#5c6f82] bg-white px-3 py-2"
              >
                <option value="">{actor.nome}</option>
                {workers
                  .filter((w) => w.id !== actor.id)
                  .map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.nome}
                    </option>
                  ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              {m.showWorker}
            </button>
          </form>
        ) : null}
      </nav>
      <WeekView monday={week.monday} items={week.items} today={today} />
      {canWrite && !operatoreId ? (
        <Card className="mt-6">
          <AppointmentForm
            defaultDate={today >= monday && today <= addDays(monday, 6) ? today : monday}
            cases={cases}
          />
        </Card>
      ) : null}
    </>
  );
}
