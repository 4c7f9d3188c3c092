import { db } from "@/db/client";
import { createAppointment, listWeek } from "@/lib/data/appointments";
import { weekFromParam } from "@/lib/domain/week";
import { apiRoute, readJson, readQuery } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";
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

// Any other method: 405 problem+json with Allow, not Next's bare 405.
export const PUT = methodNotAllowed("GET", "POST");
export const PATCH = methodNotAllowed("GET", "POST");
export const DELETE = methodNotAllowed("GET", "POST");
