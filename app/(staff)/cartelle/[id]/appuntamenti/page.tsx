import type { Metadata } from "next";
import { AppointmentForm } from "@/components/calendar/appointment-form";
import { AppointmentEntry } from "@/components/calendar/appointment-item";
import { AppointmentStatusButtons } from "@/components/calendar/appointment-status";
import { Card } from "@/components/ui/card";
import { db } from "@/db/client";
import { requireActor } from "@/lib/auth/session";
import { listCaseAppointments } from "@/lib/data/appointments";
import { romeDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/domain/format";
import { orNotFound } from "@/lib/http/page";
import { t } from "@/lib/i18n";

// The title never carries the person's name.
export const metadata: Metadata = { title: t.calendar.caseTitle };

export default async function CaseAppointmentsPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const actor = await requireActor();
  const { items, canSchedule: canWrite } = await orNotFound(listCaseAppointments(db(), actor, id));
  const m = t.calendar;
  return (
    <div className="space-y-6">
      <Card title={m.caseTitle}>
        {items.length ? (
          <ul className="divide-y divide-line">
            {items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
                <div>
                  <p className="text-sm text-muted">{formatDate(romeDate(item.inizio))}</p>
                  <AppointmentEntry item={item} showLink={false} />
                  <p className="text-sm text-muted">{item.operatore}</p>
                </div>
                {canWrite && item.stato === "programmato" ? (
                  <AppointmentStatusButtons id={item.id} />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{m.caseEmpty}</p>
        )}
      </Card>
      {canWrite ? (
        <Card>
          <AppointmentForm defaultDate={romeDate(new Date())} cases={[]} caseId={id} />
        </Card>
      ) : null}
    </div>
  );
}
