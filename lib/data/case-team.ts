import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseEvents, cases, caseTeam, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { CaseTeamChangeSchema } from "@/lib/validation/cases";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { caseInScope, currentTeam, eligibleWorkers, type TeamMemberView } from "./cases";
import { ConflictError, ValidationError } from "./errors";
import { isUniqueViolation } from "./pg-errors";
import { withActor } from "./scoped";

type Tx = Db;
type CaseRef = Awaited<ReturnType<typeof caseInScope>>;

/**
 * Changes the équipe of a cartella: adds or removes a worker, or names the referente. Members
 * are active social workers serving the cartella's comune; the referente is also the
 * cartella's operatore and cannot leave without naming who takes over. Each change is an
 * 'equipe' entry of the history; a worker leaving keeps their row, closed by al_il.
 */
export async function changeCaseTeam(
  db: Db,
  actor: Actor,
  caseId: string,
  input: unknown,
): Promise<TeamMemberView[]> {
  return withActor(db, actor, async (tx) => {
    const c = await caseInScope(tx, actor, caseId, "case.manage");
    const parsed = CaseTeamChangeSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    if (c.stato === "chiusa")
      throw new ConflictError("La cartella è chiusa: riaprila per cambiarne l'équipe.");
    const change = parsed.data;
    try {
      await tx.transaction(async (tx) => {
        if (change.azione === "aggiungi") await add(tx, actor, c, change.utenteId);
        else if (change.azione === "referente") await makeReferente(tx, actor, c, change.utenteId);
        else await remove(tx, actor, c, change.utenteId, change.nuovoReferenteId);
        await tx.update(cases).set({ aggiornataIl: new Date() }).where(eq(cases.id, caseId));
        await audit(tx, actor, "update", "cartella", caseId);
      });
    } catch (e) {
      // The same worker added twice at once: the partial unique index keeps one.
      if (isUniqueViolation(e))
        throw new ValidationError({ utenteId: ["Questo operatore è già nell'équipe."] });
      throw e;
    }
    return currentTeam(tx, actor, caseId);
  });
}

export function addTeamMember(db: Db, actor: Actor, caseId: string, utenteId: string) {
  return changeCaseTeam(db, actor, caseId, { azione: "aggiungi", utenteId });
}

export function removeTeamMember(
  db: Db,
  actor: Actor,
  caseId: string,
  utenteId: string,
  nuovoReferenteId?: string,
) {
  return changeCaseTeam(db, actor, caseId, { azione: "rimuovi", utenteId, nuovoReferenteId });
}

export function setReferente(db: Db, actor: Actor, caseId: string, utenteId: string) {
  return changeCaseTeam(db, actor, caseId, { azione: "referente", utenteId });
}

async function workerName(tx: Tx, actor: Actor, c: CaseRef, userId: string, field: string) {
  const [w] = await eligibleWorkers(tx, actor, c.comuneId, userId);
  if (!w)
    throw new ValidationError({
      [field]: ["Scegli un'assistente sociale attiva che lavora nel comune della cartella."],
    });
  return w.nome;
}

async function membership(tx: Tx, caseId: string, userId: string) {
  const [m] = await tx
    .select({ id: caseTeam.id, referente: caseTeam.referente })
    .from(caseTeam)
    .where(and(eq(caseTeam.caseId, caseId), eq(caseTeam.userId, userId), isNull(caseTeam.alIl)))
    .limit(1);
  return m ?? null;
}

// now() is the transaction's start: two events of one change would tie, so the time is set here.
async function event(tx: Tx, actor: Actor, caseId: string, dettagli: string, il = new Date()) {
  await tx.insert(caseEvents).values({
    ambitoId: actor.ambitoId,
    caseId,
    evento: "equipe",
    dettagli,
    autoreId: actor.id,
    il,
  });
}

async function add(tx: Tx, actor: Actor, c: CaseRef, userId: string) {
  const nome = await workerName(tx, actor, c, userId, "utenteId");
  if (await membership(tx, c.id, userId))
    throw new ValidationError({ utenteId: ["Questo operatore è già nell'équipe."] });
  await tx.insert(caseTeam).values({ ambitoId: actor.ambitoId, caseId: c.id, userId });
  await event(tx, actor, c.id, `Entra nell'équipe: ${nome}`);
}

/** The referente becomes `userId` (added to the équipe if needed); the previous one stays a member. */
async function makeReferente(tx: Tx, actor: Actor, c: CaseRef, userId: string) {
  const nome = await workerName(tx, actor, c, userId, "utenteId");
  const m = await membership(tx, c.id, userId);
  if (m?.referente && c.operatoreId === userId) return;
  await tx
    .update(caseTeam)
    .set({ referente: false })
    .where(and(eq(caseTeam.caseId, c.id), eq(caseTeam.referente, true), isNull(caseTeam.alIl)));
  if (m) await tx.update(caseTeam).set({ referente: true }).where(eq(caseTeam.id, m.id));
  else
    await tx
      .insert(caseTeam)
      .values({ ambitoId: actor.ambitoId, caseId: c.id, userId, referente: true });
  await tx.update(cases).set({ operatoreId: userId }).where(eq(cases.id, c.id));
  await event(tx, actor, c.id, `Referente: ${nome}`);
}

async function remove(
  tx: Tx,
  actor: Actor,
  c: CaseRef,
  userId: string,
  nuovoReferenteId: string | undefined,
) {
  const m = await membership(tx, c.id, userId);
  if (!m) throw new ValidationError({ utenteId: ["Questo operatore non è nell'équipe."] });
  if (m.referente || c.operatoreId === userId) {
    if (!nuovoReferenteId || nuovoReferenteId === userId)
      throw new ValidationError({
        nuovoReferenteId: ["Il referente esce dall'équipe: indica chi prende il suo posto."],
      });
    await makeReferente(tx, actor, c, nuovoReferenteId);
  }
  const [left] = await tx
    .update(caseTeam)
    .set({ alIl: new Date(), referente: false })
    .where(and(eq(caseTeam.id, m.id), isNull(caseTeam.alIl)))
    .returning({ userId: caseTeam.userId });
  if (!left) throw new ConflictError("L'équipe è cambiata nel frattempo: ricarica la pagina.");
  const [nome] = await tx.select({ nome: users.nome }).from(users).where(eq(users.id, userId));
  // After the handover to the new referente, if any, in the history's order.
  const il = new Date(Date.now() + 1);
  await event(tx, actor, c.id, `Esce dall'équipe: ${nome?.nome ?? ""}`.trim(), il);
}
