"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { createAppointment, setAppointmentStatus } from "@/lib/data/appointments";

export async function createAppointmentAction(input: unknown) {
  return runAction("createAppointment", (actor) => createAppointment(db(), actor, input));
}

export async function setAppointmentStatusAction(id: string, input: unknown) {
  return runAction("setAppointmentStatus", (actor) => setAppointmentStatus(db(), actor, id, input));
}
