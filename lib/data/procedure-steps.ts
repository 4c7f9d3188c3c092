import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bandi, measures, requestEvents, requests } from "@/db/schema";
import { allows } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { addDays, daysBetween, romeDate } from "@/lib/domain/dates";
import type { DocumentKind } from "@/lib/domain/decision-documents";
import { formatDate } from "@/lib/domain/format";
import { observationWindowEnds, suspensionDays } from "@/lib/domain/procedure";
import {
  ACTION_ROLE,
  type RequestAction,
  type RequestStatus,
  requiresReason,
  STATUS_LABELS,
  transition,
} from "@/lib/domain/request-workflow";
import { audit } from "./audit";
import { commitBudget, releaseBudget } from "./budget";
import { cancelPendingInstalments, createPaymentSchedule } from "./delivery";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors";
import { TRANSITION_PERMISSION } from "./procedure-term";
import { issueDecisionDocument } from "./request-documents";
import { asDistrict } from "./scoped";
import { siussOnStep } from "./siuss-issue";

/**
 * One step of the procedure on a request, inside the caller's transaction (withActor).
 * What a step implies happens here too: the term of the procedure (L. 241/1990 suspensions),
 * the money (commit on approval, release on revocation or renunciation, then the waiting list
 * moves up), the decision document and, when delivery starts, the payment schedule.
 */

const DOCUMENT_OF: Partial<Record<RequestAction, DocumentKind>> = {
  approva: "approvazione",
  respingi: "rigetto",
  preavviso_rigetto: "preavviso_rigetto",
  richiedi_integrazione: "richiesta_integrazione",
};

type StepOptions = {
  /** A step the system takes on the Ufficio di Piano's behalf (the waiting list moving up). */
  automatic?: boolean;
};

async function lockRequest(tx: Db, id: string) {
  const [r] = await tx
    .select({
      ambitoId: requests.ambitoId,
      comuneId: requests.comuneId,
      stato: requests.stato,
      importoMensile: requests.importoMensile,
      mesi: requests.mesi,
      bandoId: requests.bandoId,
      budgetLineId: requests.budgetLineId,
      importoImpegnato: requests.importoImpegnato,
      dataInizio: requests.dataInizio,
      protocolloData: requests.protocolloData,
      termineGiorni: requests.termineGiorni,
      giorniSospensione: requests.giorniSospensione,
      sospesoDal: requests.sospesoDal,
      integrazioneUsata: requests.integrazioneUsata,
      preavvisoIl: requests.preavvisoIl,
      esitoAmmissibilita: requests.esitoAmmissibilita,
      esitoForzato: requests.esitoForzato,
      area: measures.area,
      modalita: bandi.modalita,
      graduatoriaIl: bandi.graduatoriaIl,
      periodoInizio: bandi.periodoInizio,
    })
    .from(requests)
    .innerJoin(measures, eq(measures.id, requests.measureId))
    .leftJoin(bandi, eq(bandi.id, requests.bandoId))
    .where(eq(requests.id, id))
    .for("update", { of: requests })
    .limit(1);
  return r;
}

type Locked = NonNullable<Awaited<ReturnType<typeof lockRequest>>>;

/**
 * Performs `action` on request `id`, which the caller has already found in the actor's scope
 * (or, for automatic steps, in the bando's). Returns the new status.
 */
export async function performStep(
  tx: Db,
  actor: Actor,
  id: string,
  action: RequestAction,
  nota: string | null,
  opts: StepOptions = {},
): Promise<RequestStatus> {
  const r = await lockRequest(tx, id);
  if (!r) throw new NotFoundError("La richiesta");
  if (!opts.automatic && !allows(actor, TRANSITION_PERMISSION[ACTION_ROLE[action]], r)) {
    throw new ForbiddenError("Il tuo ruolo non può eseguire questa azione sulla richiesta.");
  }
  const step = transition(r.stato, action);
  if (!step.ok)
    throw new ConflictError(step.error, { stato: r.stato, statoLabel: STATUS_LABELS[r.stato] });
  if (requiresReason(action) && !nota) {
    throw new ValidationError({
      nota: ["Scrivi la motivazione: è obbligatoria per questa decisione."],
    });
  }
  const now = new Date();
  const today = romeDate(now);
  const changes = {
    ...(await procedureChanges(tx, id, action, r, today)),
    ...(await moneyChanges(tx, id, action, r, opts)),
    ...decisionChanges(action, r, actor, nota, now, today),
  };
  const updated = await tx
    .update(requests)
    .set({ stato: step.to, aggiornatoIl: now, ...changes })
    .where(and(eq(requests.id, id), eq(requests.stato, r.stato)))
    .returning({ id: requests.id });
  if (updated.length !== 1)
    throw new ConflictError("La richiesta è stata modificata nel frattempo: ricarica la pagina.");
  await tx.insert(requestEvents).values({
    ambitoId: r.ambitoId,
    requestId: id,
    actorId: actor.id,
    azione: action,
    daStato: r.stato,
    aStato: step.to,
    nota,
    at: now,
  });
  const kind = DOCUMENT_OF[action];
  if (kind) await issueDecisionDocument(tx, actor, id, kind, nota);
  if (action === "avvia_erogazione") await createPaymentSchedule(tx, id);
  await audit(tx, actor, "transition", "richiesta", id);
  await siussOnStep(tx, actor.id, id, action);
  if ((action === "revoca" || action === "rinuncia") && r.bandoId && r.budgetLineId) {
    await advanceWaitingList(tx, actor, r.bandoId);
  }
  return step.to;
}

/** The term of the procedure: suspensions for integrazione (once) and for a preavviso. */
async function procedureChanges(
  tx: Db,
  id: string,
  action: RequestAction,
  r: Locked,
  today: string,
) {
  const filedOn = r.protocolloData ? romeDate(r.protocolloData) : today;
  const due = (extra: number) => addDays(filedOn, (r.termineGiorni ?? 30) + extra);
  switch (action) {
    case "richiedi_integrazione":
      if (r.integrazioneUsata)
        throw new ConflictError(
          "L'integrazione si può chiedere una sola volta nel procedimento (art. 2 c. 7 L. 241/1990).",
        );
      return { sospesoDal: today, integrazioneUsata: true };
    case "ricevi_integrazione": {
      const days =
        r.giorniSospensione + suspensionDays("integrazione", r.sospesoDal ?? today, today);
      return { sospesoDal: null, giorniSospensione: days, scadenzaTermine: due(days) };
    }
    case "preavviso_rigetto":
      return { sospesoDal: today, preavvisoIl: today };
    case "registra_osservazioni":
    case "respingi":
    case "approva": {
      if (action === "respingi") await assertObservationWindowOver(tx, id, r, today);
      if (r.stato !== "preavviso_rigetto" || !r.sospesoDal) return {};
      const days = r.giorniSospensione + suspensionDays("preavviso", r.sospesoDal, today);
      return { sospesoDal: null, giorniSospensione: days, scadenzaTermine: due(days) };
    }
    default:
      return {};
  }
}

/** A rejection waits for the 10 days of the preavviso, unless observations were recorded. */
async function assertObservationWindowOver(tx: Db, id: string, r: Locked, today: string) {
  if (!r.preavvisoIl) return;
  const ends = observationWindowEnds(r.preavvisoIl);
  if (daysBetween(ends, today) >= 0) return;
  const [observed] = await tx
    .select({ id: requestEvents.id })
    .from(requestEvents)
    .where(
      and(
        eq(requestEvents.requestId, id),
        eq(requestEvents.azione, "registra_osservazioni"),
        gte(sql`(${requestEvents.at} at time zone 'Europe/Rome')::date`, r.preavvisoIl),
      ),
    )
    .limit(1);
  if (!observed)
    throw new ConflictError(
      `Il richiedente ha tempo fino al ${formatDate(ends)} per le osservazioni (art. 10-bis L. 241/1990): registrale o attendi la scadenza.`,
    );
}

function decisionChanges(
  action: RequestAction,
  r: Locked,
  actor: Actor,
  nota: string | null,
  now: Date,
  today: string,
) {
  if (action !== "approva" && action !== "respingi") return {};
  const base = { esitoMotivazione: nota, decisoIl: now, decisoDa: actor.id };
  if (action === "respingi") return { ...base, importoApprovato: null };
  const start =
    r.dataInizio ?? (r.periodoInizio && r.periodoInizio > today ? r.periodoInizio : today);
  return { ...base, importoApprovato: approvedAmount(r), dataInizio: start };
}

function approvedAmount(r: Locked): string | null {
  return r.importoMensile && r.mesi ? (Number(r.importoMensile) * r.mesi).toFixed(2) : null;
}

/**
 * The budget side: an approval under a bando commits its amount with a conditional update (or
 * fails, leaving everything as it was); a revocation or renunciation frees what is not paid.
 */
async function moneyChanges(
  tx: Db,
  id: string,
  action: RequestAction,
  r: Locked,
  opts: StepOptions,
) {
  if (action === "approva") {
    if (r.bandoId) {
      const outcome = r.esitoForzato ?? r.esitoAmmissibilita;
      if (outcome !== null && outcome !== "eligible")
        throw new ConflictError(
          "La domanda non risulta ammissibile: il coordinatore deve prima correggerne l'esito con una motivazione.",
        );
      if (r.modalita === "graduatoria" && !opts.automatic)
        throw new ConflictError(
          r.graduatoriaIl
            ? "Le domande in lista d'attesa si approvano scorrendo la graduatoria quando si liberano fondi."
            : "Le domande di un bando a graduatoria si approvano producendo la graduatoria, a finestra chiusa.",
        );
    }
    const amount = approvedAmount(r);
    if (!r.bandoId) return {};
    if (!amount)
      throw new ConflictError("L'importo della domanda non è determinato: non si può approvare.");
    const lineId = await commitBudget(
      tx,
      { bandoId: r.bandoId, comuneId: r.comuneId, area: r.area },
      amount,
    );
    if (!lineId)
      throw new ConflictError(
        "I fondi del bando non bastano per questa richiesta: mettila in lista d'attesa.",
        { reason: "budget" },
      );
    return { budgetLineId: lineId, importoImpegnato: amount };
  }
  if (action === "revoca" || action === "rinuncia") {
    // Instalments not yet paid fall with the benefit, bando or not.
    const unpaid =
      r.stato === "in_erogazione" ? (await cancelPendingInstalments(tx, id)).unpaid : null;
    if (!r.budgetLineId || !r.importoImpegnato) return {};
    const free = unpaid ?? r.importoImpegnato;
    await releaseBudget(tx, r.budgetLineId, free);
    return { importoImpegnato: (Number(r.importoImpegnato) - Number(free)).toFixed(2) };
  }
  return {};
}

/**
 * Moves the waiting list of a bando up: in ranking order (or filing order), each waiting
 * request is approved while its budget line has the money; the first that does not fit stops
 * the others of its comune and area (the graduatoria is never skipped over). The approval is
 * the Ufficio di Piano's act, attributed to the bando's responsabile, and reaches requests of
 * every comune: it runs with district scope even when a worker's renunciation set it off.
 */
export async function advanceWaitingList(
  tx: Db,
  actor: Actor,
  bandoId: string,
): Promise<{ approved: string[] }> {
  const [b] = await tx
    .select({ responsabileId: bandi.responsabileId, creatoDa: bandi.creatoDa })
    .from(bandi)
    .where(eq(bandi.id, bandoId));
  if (!b) return { approved: [] };
  return asDistrict(tx, async () => {
    const waiting = await tx
      .select({
        id: requests.id,
        comuneId: requests.comuneId,
        area: measures.area,
        posizione: requests.posizioneGraduatoria,
      })
      .from(requests)
      .innerJoin(measures, eq(measures.id, requests.measureId))
      .where(and(eq(requests.bandoId, bandoId), eq(requests.stato, "in_lista_attesa")))
      .orderBy(
        sql`${requests.posizioneGraduatoria} asc nulls last`,
        asc(requests.protocolloAnno),
        asc(requests.protocolloNumero),
      );
    const office: Actor = { ...actor, id: b.responsabileId ?? b.creatoDa ?? actor.id };
    const stopped = new Set<string>();
    const approved: string[] = [];
    for (const w of waiting) {
      const key = `${w.comuneId}|${w.area}`;
      if (stopped.has(key)) continue;
      const nota = w.posizione
        ? `Scorrimento della graduatoria: fondi liberati (posizione ${w.posizione}).`
        : "Scorrimento della lista d'attesa: fondi liberati.";
      try {
        await performStep(tx, office, w.id, "approva", nota, { automatic: true });
        approved.push(w.id);
      } catch (e) {
        if (!(e instanceof ConflictError) || e.details?.reason !== "budget") throw e;
        stopped.add(key);
      }
    }
    return { approved };
  });
}
