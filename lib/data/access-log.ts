import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  auditLog,
  cases,
  diaryEntries,
  personDocuments,
  persons,
  requests,
  users,
} from "@/db/schema";
import type { Actor, Role } from "@/lib/auth/roles";
import { audit } from "./audit";
import { requirePermission } from "./authorize";
import { NotFoundError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

export type AccessEntry = {
  id: number;
  at: Date;
  azione: string;
  entita: string;
  utente: string | null;
  ruolo: Role | null;
  ip: string | null;
};

/**
 * Who viewed or changed a person's record, requests, cartelle, diary and documents (GDPR
 * art. 15), newest first.
 * For the Ufficio di Piano only; reading this list is itself logged.
 */
export async function listPersonAccesses(
  db: Db,
  actor: Actor,
  personId: string,
  limit = 200,
): Promise<AccessEntry[]> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "audit.read");
    if (!isUuid(personId)) throw new NotFoundError("La persona");
    const [person] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.id, personId), eq(persons.ambitoId, actor.ambitoId)))
      .limit(1);
    if (!person) throw new NotFoundError("La persona");
    const requestIds = tx
      .select({ id: sql<string>`${requests.id}::text` })
      .from(requests)
      .where(and(eq(requests.ambitoId, actor.ambitoId), eq(requests.personId, personId)));
    const caseIds = tx
      .select({ id: sql<string>`${cases.id}::text` })
      .from(cases)
      .where(and(eq(cases.ambitoId, actor.ambitoId), eq(cases.personId, personId)));
    // Riservato entries the reader may not see stay out of the subquery (row-level security).
    const entryIds = tx
      .select({ id: sql<string>`${diaryEntries.id}::text` })
      .from(diaryEntries)
      .innerJoin(cases, eq(cases.id, diaryEntries.caseId))
      .where(and(eq(diaryEntries.ambitoId, actor.ambitoId), eq(cases.personId, personId)));
    const documentIds = tx
      .select({ id: sql<string>`${personDocuments.id}::text` })
      .from(personDocuments)
      .where(
        and(eq(personDocuments.ambitoId, actor.ambitoId), eq(personDocuments.personId, personId)),
      );
    const rows = await tx
      .select({
        id: auditLog.id,
        at: auditLog.at,
        azione: auditLog.azione,
        entita: auditLog.entita,
        utente: users.nome,
        ruolo: users.ruolo,
        ip: auditLog.ip,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(
        and(
          eq(auditLog.ambitoId, actor.ambitoId),
          or(
            and(
              inArray(auditLog.entita, [
                "persona",
                "accessi_persona",
                "condizioni_persona",
                "documenti_persona",
              ]),
              eq(auditLog.entitaId, personId),
            ),
            and(eq(auditLog.entita, "richiesta"), inArray(auditLog.entitaId, requestIds)),
            and(
              inArray(auditLog.entita, ["cartella", "diario"]),
              inArray(auditLog.entitaId, caseIds),
            ),
            and(eq(auditLog.entita, "voce_diario"), inArray(auditLog.entitaId, entryIds)),
            and(eq(auditLog.entita, "documento"), inArray(auditLog.entitaId, documentIds)),
          ),
        ),
      )
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(Math.min(Math.max(limit, 1), 1000));
    await audit(tx, actor, "view", "accessi_persona", personId);
    return rows;
  });
}
