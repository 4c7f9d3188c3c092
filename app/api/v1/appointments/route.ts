import { db } from "@/db/client";
import { createAppointment, listWeek } from "@/lib/data/appointments";
import { weekFromParam } from "@/lib/domain/week";
import { apiRoute, readJson, readQuery } from "@/lib/http/api";
import { WeekQuerySchema } from "@/lib/validation/appointments";

export const GET = apiRoute(({ actor, req }) => {
  const q = readQuery(req, WeekQuerySchema);
  return listWeek(db(), actor, {
    weekStart: weekFromParam(q.settimana),
    operatoreId: q.operatoreId,
  });
});

export const POST = apiRoute(
  async ({ actor, req }) => createAppointment(db(), actor, await readJson(req)),
  { status: 201 },
);
