import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { budgetLines, instalments, requestEvents, requests, users } from "@/db/schema";
import { allows } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { type IsoDate, romeDate } from "@/lib/domain/dates";
import { isIsoDate } from "@/lib/domain/eligibility";
import {
  benefitEndDate,
  PAYABLE_STATUSES,
  paymentSchedule,
  sumAmounts,
} from "@/lib/domain/payment-schedule";
import { type RequestStatus, STATUS_LABELS } from "@/lib/domain/request-workflow";
import { PaymentSchema } from "@/lib/validation/delivery";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

/**
 * Writes the payment schedule of a request that starts its erogazione: one instalment a month
 * from the month of its start date (today in Italy when it has none). Also stores the start
 * date (when it had none) and the end date on the request, and returns the end date.
 * For the `avvia_erogazione` transition: `tx` is already the actor's transaction and the
 * permission already checked.
 */
export async function createPaymentSchedule(
  tx: Db,
  requestId: string,
): Promise<{ dataFine: string }> {
  const [r] = await tx
    .select({
      ambitoId: requests.ambitoId,
      comuneId: requests.comuneId,
      dataInizio: requests.dataInizio,
      importoMensile: requests.importoMensile,
      mesi: requests.mesi,
      oreMensili: requests.oreMensili,
    })
    .from(requests)
    .where(eq(requests.id, requestId))
    .limit(1);
  if (!r) throw new NotFoundError("La richiesta");
  if (r.importoMensile == null || r.mesi == null)
    throw new ConflictError(
      "La richiesta non ha importo mensile e durata: non si può preparare il piano dei pagamenti.",
    );
  const [existing] = await tx
    .select({ id: instalments.id })
    .from(instalments)
    .where(eq(instalments.requestId, requestId))
    .limit(1);
  if (existing) throw new ConflictError("Il piano dei pagamenti della richiesta esiste già.");

  const start = r.dataInizio ?? romeDate(new Date());
  const schedule = paymentSchedule({
    start,
    months: r.mesi,
    monthlyAmount: r.importoMensile,
    hoursPerMonth: r.oreMensili,
  });
  await tx.insert(instalments).values(
    schedule.map((s) => ({
      ambitoId: r.ambitoId,
      comuneId: r.comuneId,
      requestId,
      progressivo: s.n,
      competenza: s.competenza,
      importo: s.importo,
      ore: s.ore,
    })),
  );
  const dataFine = benefitEndDate(start, r.mesi);
  await tx.update(requests).set({ dataInizio: start, dataFine }).where(eq(requests.id, requestId));
  return { dataFine };
}

/**
 * On a revocation or renunciation during erogazione: removes the instalments not paid yet
 * (those paid stay, with their liquidazione) and returns their total, the money the budget
 * line may free. Same transaction as the transition; permission already checked.
 */
export async function cancelPendingInstalments(
  tx: Db,
  requestId: string,
): Promise<{ unpaid: string }> {
  const removed = await tx
    .delete(instalments)
    .where(and(eq(instalments.requestId, requestId), isNull(instalments.liquidataIl)))
    .returning({ importo: instalments.importo });
  return { unpaid: sumAmounts(removed.map((r) => r.importo)) };
}

export type InstalmentRow = {
  id: string;
  progressivo: number;
  competenza: string;
  importo: string;
  ore: string | null;
  liquidataIl: Date | null;
  liquidataDa: string | null;
  riferimento: string | null;
};

export type InstalmentList = {
  stato: RequestStatus;
  dataInizio: string | null;
  dataFine: string | null;
  /** The actor may record liquidazioni on this request now. */
  canPay: boolean;
  rows: InstalmentRow[];
  totals: { scheduled: string; paid: string; remaining: string };
};

/** The payment schedule of a request with what has been paid; the view is logged. */
export async function listInstalments(
  db: Db,
  actor: Actor,
  requestId: string,
): Promise<InstalmentList> {
  return withActor(db, actor, async (tx) => {
    if (!isUuid(requestId)) throw new NotFoundError("La richiesta");
    const [r] = await tx
      .select({
        ambitoId: requests.ambitoId,
        comuneId: requests.comuneId,
        stato: requests.stato,
        dataInizio: requests.dataInizio,
        dataFine: requests.dataFine,
      })
      .from(requests)
      .where(and(eq(requests.id, requestId), scopeWhere(actor, "request.read", requests)))
      .limit(1);
    if (!r) throw new NotFoundError("La richiesta");
    const rows = await tx
      .select({
        id: instalments.id,
        progressivo: instalments.progressivo,
        competenza: instalments.competenza,
        importo: instalments.importo,
        ore: instalments.ore,
        liquidataIl: instalments.liquidataIl,
        liquidataDa: users.nome,
        riferimento: instalments.riferimento,
      })
      .from(instalments)
      .leftJoin(users, eq(users.id, instalments.liquidataDa))
      .where(and(eq(instalments.ambitoId, actor.ambitoId), eq(instalments.requestId, requestId)))
      .orderBy(asc(instalments.progressivo));
    await audit(tx, actor, "view", "richiesta", requestId);
    const scheduled = sumAmounts(rows.map((x) => x.importo));
    const paid = sumAmounts(rows.filter((x) => x.liquidataIl).map((x) => x.importo));
    const remaining = sumAmounts(rows.filter((x) => !x.liquidataIl).map((x) => x.importo));
    return {
      stato: r.stato,
      dataInizio: r.dataInizio,
      dataFine: r.dataFine,
      canPay:
        PAYABLE_STATUSES.includes(r.stato) &&
        allows(actor, "delivery.pay", r) &&
        rows.some((x) => !x.liquidataIl),
      rows,
      totals: { scheduled, paid, remaining },
    };
  });
}

/**
 * Records the liquidazione of one instalment. The update is conditional on the instalment
 * being unpaid, so two coordinators clicking at once pay it once; the amount is added to
 * what the request's budget line has paid, in the same transaction.
 */
export async function recordPayment(
  db: Db,
  actor: Actor,
  requestId: string,
  instalmentId: string,
  input: unknown,
): Promise<{ id: string; importo: string; liquidataIl: Date }> {
  requirePermission(actor, "delivery.pay");
  if (!isUuid(requestId)) throw new NotFoundError("La richiesta");
  if (!isUuid(instalmentId)) throw new NotFoundError("La rata");
  const parsed = PaymentSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { riferimento, pagataIl } = parsed.data;

  return withActor(db, actor, async (tx) => {
    // A share lock: payments of one request go together, a revocation waits for them.
    const [r] = await tx
      .select({ stato: requests.stato, budgetLineId: requests.budgetLineId })
      .from(requests)
      .where(and(eq(requests.id, requestId), scopeWhere(actor, "delivery.pay", requests)))
      .for("share", { of: requests })
      .limit(1);
    if (!r) throw new NotFoundError("La richiesta");
    if (!PAYABLE_STATUSES.includes(r.stato))
      throw new ConflictError(
        `Si registrano liquidazioni solo per le richieste in erogazione o concluse, non «${STATUS_LABELS[r.stato]}».`,
        { stato: r.stato, statoLabel: STATUS_LABELS[r.stato] },
      );
    // A date alone is written at midday UTC: the same calendar day in Italy all year.
    const liquidataIl = pagataIl ? new Date(`${pagataIl}T12:00:00Z`) : new Date();
    const [paid] = await tx
      .update(instalments)
      .set({ liquidataIl, liquidataDa: actor.id, riferimento })
      .where(
        and(
          eq(instalments.id, instalmentId),
          eq(instalments.requestId, requestId),
          isNull(instalments.liquidataIl),
        ),
      )
      .returning({ id: instalments.id, importo: instalments.importo });
    if (!paid) {
      const [exists] = await tx
        .select({ id: instalments.id })
        .from(instalments)
        .where(and(eq(instalments.id, instalmentId), eq(instalments.requestId, requestId)))
        .limit(1);
      if (!exists) throw new NotFoundError("La rata");
      throw new ConflictError("La rata è già stata liquidata.", { reason: "already_paid" });
    }
    if (r.budgetLineId) {
      const line = await tx
        .update(budgetLines)
        .set({ pagato: sql`${budgetLines.pagato} + ${paid.importo}::numeric` })
        .where(
          and(
            eq(budgetLines.id, r.budgetLineId),
            sql`${budgetLines.pagato} + ${paid.importo}::numeric <= ${budgetLines.impegnato}`,
          ),
        )
        .returning({ id: budgetLines.id });
      if (line.length !== 1)
        throw new ConflictError(
          "Il pagamento supera quanto impegnato sulla voce di budget del bando.",
          { reason: "budget" },
        );
    }
    await audit(tx, actor, "update", "rata_erogazione", paid.id);
    return { id: paid.id, importo: paid.importo, liquidataIl };
  });
}

/**
 * Concludes every benefit in erogazione whose end date is before `today` (Italy's today by
 * default), each with its event in the request's history and an audit entry. Unpaid
 * instalments stay payable. Returns how many were concluded.
 */
export async function closeEndedBenefits(
  db: Db,
  actor: Actor,
  today: IsoDate = romeDate(new Date()),
): Promise<number> {
  requirePermission(actor, "delivery.pay");
  if (!isIsoDate(today)) throw new ValidationError({ today: ["Inserisci una data valida."] });
  return withActor(db, actor, async (tx) => {
    const now = new Date();
    // Conditional on the state: a request concluded or revoked meanwhile by hand is left alone.
    const closed = await tx
      .update(requests)
      .set({ stato: "conclusa", aggiornatoIl: now })
      .where(
        and(
          scopeWhere(actor, "delivery.pay", requests),
          eq(requests.stato, "in_erogazione"),
          lt(requests.dataFine, today),
        ),
      )
      .returning({ id: requests.id, ambitoId: requests.ambitoId });
    if (closed.length === 0) return 0;
    await tx.insert(requestEvents).values(
      closed.map((c) => ({
        ambitoId: c.ambitoId,
        requestId: c.id,
        actorId: actor.id,
        azione: "concludi",
        daStato: "in_erogazione" as const,
        aStato: "conclusa" as const,
        nota: "Conclusa alla data di fine",
        at: now,
      })),
    );
    for (const c of closed) await audit(tx, actor, "transition", "richiesta", c.id);
    return closed.length;
  });
}
