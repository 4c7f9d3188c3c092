import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bandi, comuni, measures, persons, requestEvents, requests } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { type Assessment, assessApplication, type BandoTerms } from "@/lib/domain/application";
import type { CopaymentParams } from "@/lib/domain/copayment";
import { romeDate } from "@/lib/domain/dates";
import { ELIGIBILITY_OUTCOME_LABELS, type EligibilityRule } from "@/lib/domain/eligibility";
import type { ScoringRule } from "@/lib/domain/scoring";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { EligibilityCheckSchema, EligibilityOverrideSchema } from "@/lib/validation/request";
import { loadApplicantFacts } from "./applicant-facts";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { inTurn, withActor } from "./scoped";

export type OpenBando = BandoTerms & {
  id: string;
  measureId: string;
  termineGiorni: number;
  responsabileId: string | null;
  oreMensili: string | null;
  periodoInizio: string;
};

/** The bando, if it is of the actor's ambito and its window is open on `on`. */
export async function loadOpenBando(tx: Db, actor: Actor, bandoId: string, on: string) {
  const [b] = await tx
    .select()
    .from(bandi)
    .where(and(eq(bandi.id, bandoId), scopeWhere(actor, "bando.read", bandi)));
  if (!b) throw new ValidationError({ bandoId: ["Scegli un bando del catalogo."] });
  if (b.chiusoIl || on < b.apertura || on > b.chiusura) {
    throw new ValidationError({
      bandoId: ["Il bando non accetta domande: la finestra di presentazione è chiusa."],
    });
  }
  const terms: OpenBando = {
    id: b.id,
    measureId: b.measureId,
    termineGiorni: b.termineGiorni,
    // L. 241/1990 art. 5: without a named responsabile, the official who runs the call is.
    responsabileId: b.responsabileId ?? b.creatoDa,
    oreMensili: b.oreMensili,
    periodoInizio: b.periodoInizio,
    regoleAmmissione: b.regoleAmmissione as EligibilityRule[],
    regolePunteggio: b.regolePunteggio as ScoringRule[],
    compartecipazione: (b.compartecipazione as CopaymentParams | null) ?? null,
    importoMensile: b.importoMensile === null ? null : Number(b.importoMensile),
    importiFasce: (b.importiFasce as BandoTerms["importiFasce"]) ?? null,
    mesi: b.mesi,
  };
  return terms;
}

/** Assesses a person's application to an open bando, as of `on`; writes nothing. */
export async function assessFor(
  tx: Db,
  actor: Actor,
  bando: OpenBando,
  personId: string,
  answers: { dichiarazioni: Record<string, boolean>; valutazione?: number },
  on: string,
): Promise<Assessment> {
  const assessmentRule = bando.regolePunteggio.find((r) => r.type === "assessment");
  if (
    answers.valutazione !== undefined &&
    assessmentRule &&
    answers.valutazione > assessmentRule.max
  )
    throw new ValidationError({
      valutazione: [`La valutazione va da 0 a ${assessmentRule.max} punti.`],
    });
  const { applicant, extras } = await loadApplicantFacts(
    tx,
    actor.ambitoId,
    personId,
    on,
    answers.dichiarazioni,
  );
  const [comuniRows, measureRows] = await inTurn([
    tx
      .select({ id: comuni.id, nome: comuni.nome })
      .from(comuni)
      .where(eq(comuni.ambitoId, actor.ambitoId)),
    tx
      .select({ id: measures.id, nome: measures.nome })
      .from(measures)
      .where(eq(measures.ambitoId, actor.ambitoId)),
  ]);
  return assessApplication(
    bando,
    applicant,
    { ...extras, assessment: answers.valutazione ?? null },
    on,
    {
      comuni: Object.fromEntries(comuniRows.map((c) => [c.id, c.nome])),
      measures: Object.fromEntries(measureRows.map((m) => [m.id, m.nome])),
    },
  );
}

/**
 * The eligibility check a worker sees while filing: the engine's answer with one line per
 * rule, the score and the amount, for a person the worker may file for. Writes nothing.
 */
export async function checkEligibility(db: Db, actor: Actor, bandoId: string, input: unknown) {
  requirePermission(actor, "request.create");
  if (!isUuid(bandoId)) throw new NotFoundError("Il bando");
  const parsed = EligibilityCheckSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return withActor(db, actor, async (tx) => {
    const [person] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(
        and(eq(persons.id, parsed.data.personId), scopeWhere(actor, "request.create", persons)),
      );
    if (!person) throw new NotFoundError("La persona");
    const on = romeDate(new Date());
    const bando = await loadOpenBando(tx, actor, bandoId, on);
    return assessFor(tx, actor, bando, person.id, parsed.data, on);
  });
}

/**
 * A coordinator's override of the engine's outcome, with a written reason: stored beside the
 * snapshot (which stays as the engine gave it), in the request's history and in the audit log.
 */
export async function overrideEligibility(db: Db, actor: Actor, requestId: string, input: unknown) {
  requirePermission(actor, "request.override");
  if (!isUuid(requestId)) throw new NotFoundError("La richiesta");
  const parsed = EligibilityOverrideSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { esito, motivazione } = parsed.data;
  return withActor(db, actor, async (tx) => {
    const [r] = await tx
      .select({
        ambitoId: requests.ambitoId,
        stato: requests.stato,
        esito: requests.esitoAmmissibilita,
        posizione: requests.posizioneGraduatoria,
      })
      .from(requests)
      .where(and(eq(requests.id, requestId), scopeWhere(actor, "request.override", requests)))
      .for("update")
      .limit(1);
    if (!r) throw new NotFoundError("La richiesta");
    if (!r.esito)
      throw new ConflictError(
        "La richiesta non è legata a un bando: non ha un esito da correggere.",
      );
    if (!["presentata", "in_istruttoria", "preavviso_rigetto"].includes(r.stato))
      throw new ConflictError("L'esito di ammissibilità si corregge solo prima della decisione.");
    const now = new Date();
    await tx
      .update(requests)
      .set({
        esitoForzato: esito,
        forzaturaMotivazione: motivazione,
        forzataDa: actor.id,
        forzataIl: now,
        aggiornatoIl: now,
      })
      .where(eq(requests.id, requestId));
    await tx.insert(requestEvents).values({
      ambitoId: r.ambitoId,
      requestId,
      actorId: actor.id,
      azione: "forza_ammissibilita",
      daStato: r.stato,
      aStato: r.stato,
      nota: `${ELIGIBILITY_OUTCOME_LABELS[esito]}: ${motivazione}`,
      at: now,
    });
    await audit(tx, actor, "override", "richiesta", requestId);
    return { id: requestId, esito };
  });
}

export type FilingBando = {
  id: string;
  titolo: string;
  measureId: string;
  chiusura: string;
  importoMensile: string | null;
  mesi: number | null;
  declarations: { id: string; text: string }[];
  assessmentMax: number | null;
};

/** The bandi open today, with what the filing form asks: declarations and the assessment. */
export async function listOpenBandiForFiling(db: Db, actor: Actor): Promise<FilingBando[]> {
  requirePermission(actor, "request.create");
  const today = romeDate(new Date());
  return withActor(db, actor, async (tx) => {
    const rows = await tx
      .select({
        id: bandi.id,
        titolo: bandi.titolo,
        measureId: bandi.measureId,
        apertura: bandi.apertura,
        chiusura: bandi.chiusura,
        chiusoIl: bandi.chiusoIl,
        importoMensile: bandi.importoMensile,
        mesi: bandi.mesi,
        regoleAmmissione: bandi.regoleAmmissione,
        regolePunteggio: bandi.regolePunteggio,
      })
      .from(bandi)
      .where(scopeWhere(actor, "bando.read", bandi))
      .orderBy(bandi.chiusura);
    return rows
      .filter((b) => !b.chiusoIl && b.apertura <= today && today <= b.chiusura)
      .map((b) => {
        const rules = b.regoleAmmissione as EligibilityRule[];
        const scoring = b.regolePunteggio as ScoringRule[];
        const assessment = scoring.find((r) => r.type === "assessment");
        return {
          id: b.id,
          titolo: b.titolo,
          measureId: b.measureId,
          chiusura: b.chiusura,
          importoMensile: b.importoMensile,
          mesi: b.mesi,
          declarations: rules.flatMap((r) =>
            r.type === "declaration" ? [{ id: r.id, text: r.text }] : [],
          ),
          assessmentMax: assessment?.type === "assessment" ? assessment.max : null,
        };
      });
  });
}
