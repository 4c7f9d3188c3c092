import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { issueFlows } from "@/lib/data/siuss-issue";
import { computeCodiceFiscale } from "@/lib/domain/codice-fiscale";
import type { Db } from "./client";
import * as s from "./schema";

/**
 * SIUSS for the demo: the catalogue's SIUSS character and means test, the operator who answers
 * for the flussi (the coordinator), and the flussi of every benefit granted so far, issued as
 * if on the day of each approval.
 */
export async function seedSiuss(
  tx: Db,
  ambitoId: string,
  coordinatorId: string,
): Promise<{ flussi: number }> {
  await tx
    .update(s.measures)
    .set({ presenzaProvaMezzi: 1, caratterePrestazione: 1 })
    .where(eq(s.measures.ambitoId, ambitoId));
  const cfOperatore = computeCodiceFiscale({
    surname: "Bellini",
    name: "Laura",
    sex: "F",
    birthDate: "1978-03-14",
    birthplace: "G388",
  });
  await tx.insert(s.siussSettings).values({ ambitoId, cfOperatore, aggiornatoDa: coordinatorId });
  const granted = await tx
    .select({ id: s.requests.id, decisoIl: s.requests.decisoIl })
    .from(s.requests)
    .where(
      and(
        eq(s.requests.ambitoId, ambitoId),
        inArray(s.requests.stato, ["approvata", "in_erogazione", "conclusa"]),
        isNotNull(s.requests.decisoIl),
      ),
    )
    .orderBy(asc(s.requests.decisoIl));
  let flussi = 0;
  for (const r of granted) {
    const issued = await issueFlows(tx, coordinatorId, r.id, "I", { now: r.decisoIl as Date });
    flussi += issued.length;
  }
  return { flussi };
}
