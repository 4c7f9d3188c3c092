import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { instalments } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { createPaymentSchedule } from "@/lib/data/delivery";
import { transitionRequest } from "@/lib/data/requests";
import { withActor } from "@/lib/data/scoped";

/**
 * Brings an approved request into erogazione with its payment schedule: through the
 * transition, which writes the schedule once the transition is wired to it, else by hand.
 * Answers the ids of the instalments, in order.
 */
export async function startErogazione(
  db: Db,
  coordinator: Actor,
  requestId: string,
): Promise<string[]> {
  await transitionRequest(db, coordinator, requestId, { action: "avvia_erogazione" });
  const ids = () =>
    db
      .select({ id: instalments.id })
      .from(instalments)
      .where(eq(instalments.requestId, requestId))
      .orderBy(asc(instalments.progressivo));
  const scheduled = await ids();
  if (scheduled.length) return scheduled.map((r) => r.id);
  await withActor(db, coordinator, (tx) => createPaymentSchedule(tx, requestId));
  return (await ids()).map((r) => r.id);
}
