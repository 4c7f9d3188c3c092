import { db } from "@/db/client";
import { setAppointmentStatus, updateAppointment } from "@/lib/data/appointments";
import { apiRoute, readJson } from "@/lib/http/api";
import { methodNotAllowed } from "@/lib/http/problem";

/** A body with only `stato` changes the status; otherwise it is the whole appointment. */
export const PATCH = apiRoute<{ id: string }>(async ({ actor, req, params }) => {
  const body = (await readJson(req)) as Record<string, unknown>;
  const onlyStatus = Object.keys(body).length === 1 && "stato" in body;
  return onlyStatus
    ? setAppointmentStatus(db(), actor, params.id, body)
    : updateAppointment(db(), actor, params.id, body);
});

export const GET = methodNotAllowed("PATCH");
export const POST = methodNotAllowed("PATCH");
export const PUT = methodNotAllowed("PATCH");
export const DELETE = methodNotAllowed("PATCH");
