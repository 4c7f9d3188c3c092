import { and, asc, eq, gte, isNotNull } from "drizzle-orm";
import { assessmentKindFor } from "@/lib/domain/assessment";
import type { Relation } from "@/lib/domain/case-file";
import { addDays, romeDate } from "@/lib/domain/dates";
import type { Db } from "./client";
import * as s from "./schema";

const MEMBER_RELATIONS: Relation[] = ["coniuge", "figlio", "figlio", "genitore", "nipote"];
const NETWORK = [
  { relazione: "servizio", nome: "CPS di Pavia", contatto: "0382 431111" },
  { relazione: "vicino", nome: "Sig.ra Gatti, vicina di casa", contatto: "347 0000001" },
  { relazione: "caregiver", nome: "Cooperativa Il Ponte", contatto: "0382 000222" },
] as const;
const SINA = {
  mobilita: "2",
  attivitaVitaQuotidiana: "2",
  disturbiAreaCognitiva: "1",
  disturbiComportamentali: "1",
  necessitaCureSanitarie: "2",
  areaReddituale: "2",
  areaSupporto: "2",
  fonteDerivazioneValutazione: "2",
  strumentoValutazione: "1",
};
const SINBA = {
  condizioneMinore: "1",
  minoreStranieroNonAccompagnato: "2",
  luogoVita: "1",
  scuolaFrequentata: "5",
  disabilita: "2",
  fonteSegnalazione: "13",
  valutazioneMinore: "2",
  valutazioneFamiglia: "12",
  segnalazioneAutoritaGiudiziaria: "2",
  provvedimentoGiudiziario: "2",
};
/** Days from today to each plan's next review: the first two are overdue, for the desk. */
const REVIEW_IN = [-12, -3, 20, 45];

/**
 * Households, network contacts, assessments and plans for some demo persons of Pavia: the
 * nucleo members are other residents of Pavia, as many as the recorded household size says,
 * so the household facts the bandi read stay as they were. Chosen by codice fiscale order,
 * not by the seed's random sequence, so the rest of the demo data does not change.
 */
export async function seedPlans(tx: Db, ambitoId: string): Promise<string> {
  const today = romeDate(new Date());
  const [pavia] = await tx
    .select({ id: s.comuni.id })
    .from(s.comuni)
    .where(and(eq(s.comuni.ambitoId, ambitoId), eq(s.comuni.nome, "Pavia")));
  if (!pavia) return "nessun comune di Pavia";
  const people = await tx
    .select({
      id: s.persons.id,
      dataNascita: s.persons.dataNascita,
      componenti: s.persons.componentiNucleo,
      creatoDa: s.persons.creatoDa,
    })
    .from(s.persons)
    .where(and(eq(s.persons.ambitoId, ambitoId), eq(s.persons.comuneId, pavia.id)))
    .orderBy(asc(s.persons.codiceFiscale));

  const links: (typeof s.personLinks.$inferInsert)[] = [];
  const withHousehold = people.filter((p) => (p.componenti ?? 0) >= 2).slice(0, 5);
  withHousehold.forEach((p, k) => {
    const others = people.filter((o) => o.id !== p.id);
    for (let j = 0; j < (p.componenti ?? 1) - 1; j++) {
      const member = others[(k * 7 + j * 3 + 1) % others.length];
      if (!member) continue;
      links.push({
        ambitoId,
        personId: p.id,
        tipo: "nucleo",
        relazione: MEMBER_RELATIONS[j % MEMBER_RELATIONS.length] ?? "altro",
        collegataId: member.id,
        creatoDa: p.creatoDa,
      });
    }
  });
  const alone = people.filter((p) => p.componenti === 1).slice(0, 3);
  alone.forEach((p, k) => {
    const n = NETWORK[k % NETWORK.length];
    if (n) links.push({ ambitoId, personId: p.id, tipo: "rete", ...n, creatoDa: p.creatoDa });
  });
  if (links.length) await tx.insert(s.personLinks).values(links);

  const cases = await tx
    .select({
      id: s.cases.id,
      personId: s.cases.personId,
      operatoreId: s.cases.operatoreId,
      dataNascita: s.persons.dataNascita,
    })
    .from(s.cases)
    .innerJoin(s.persons, eq(s.persons.id, s.cases.personId))
    .where(and(eq(s.cases.comuneId, pavia.id), isNotNull(s.cases.operatoreId)))
    .orderBy(asc(s.persons.codiceFiscale))
    .limit(6);
  let plans = 0;
  for (const [k, c] of cases.entries()) {
    const on = addDays(today, -60 - k * 7);
    const tipo = assessmentKindFor(c.dataNascita, on);
    const [val] = await tx
      .insert(s.assessments)
      .values({
        ambitoId,
        caseId: c.id,
        tipo,
        data: on,
        voci: tipo === "sina" ? SINA : SINBA,
        sintesi:
          tipo === "sina"
            ? "Parzialmente autonoma nelle attività quotidiane; rete familiare presente ma discontinua."
            : "Difficoltà relazionali a scuola; famiglia in difficoltà economica, collaborativa.",
        autoreId: c.operatoreId,
      })
      .returning({ id: s.assessments.id });
    const reviewIn = REVIEW_IN[k];
    if (!val || reviewIn === undefined) continue;
    const [request] = await tx
      .select({ id: s.requests.id })
      .from(s.requests)
      .where(and(eq(s.requests.personId, c.personId), gte(s.requests.protocolloAnno, 2026)))
      .limit(1);
    const [plan] = await tx
      .insert(s.plans)
      .values({
        ambitoId,
        caseId: c.id,
        titolo: tipo === "sina" ? "Sostegno alla domiciliarità" : "Sostegno educativo e familiare",
        dataInizio: addDays(on, 7),
        prossimaVerifica: addDays(today, reviewIn),
        valutazioneId: val.id,
        autoreId: c.operatoreId,
      })
      .returning({ id: s.plans.id });
    if (!plan) continue;
    plans += 1;
    await tx.insert(s.planGoals).values([
      {
        ambitoId,
        planId: plan.id,
        posizione: 1,
        descrizione:
          tipo === "sina"
            ? "Restare al proprio domicilio in sicurezza"
            : "Frequenza scolastica regolare",
        indicatore: tipo === "sina" ? "Nessun ricovero non programmato" : "Assenze sotto il 10%",
        scadenza: addDays(today, 120),
      },
      {
        ambitoId,
        planId: plan.id,
        posizione: 2,
        descrizione:
          tipo === "sina" ? "Sollievo al familiare che assiste" : "Sostegno alla genitorialità",
        esito: k === 0 ? ("parzialmente_raggiunto" as const) : ("in_corso" as const),
      },
    ]);
    await tx.insert(s.planInterventions).values([
      ...(request
        ? [
            {
              ambitoId,
              planId: plan.id,
              requestId: request.id,
              descrizione: "Contributo richiesto",
            },
          ]
        : []),
      {
        ambitoId,
        planId: plan.id,
        descrizione: "Visita domiciliare mensile",
        dal: addDays(on, 7),
      },
    ]);
    if (k === 1)
      await tx.insert(s.planReviews).values({
        ambitoId,
        planId: plan.id,
        data: addDays(on, 37),
        esito: "Primo mese regolare; si conferma il progetto.",
        prossimaVerifica: addDays(today, reviewIn),
        autoreId: c.operatoreId,
      });
  }
  return `Cartella sociale: ${links.length} legami di nucleo e rete, ${cases.length} valutazioni, ${plans} progetti (2 con verifica scaduta).`;
}
