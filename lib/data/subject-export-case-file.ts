import { aliasedTable, and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  appointments,
  assessments,
  caseEvents,
  cases,
  comuni,
  diaryEntries,
  personDocuments,
  personLinks,
  persons,
  planGoals,
  planReviews,
  plans,
  transfers,
} from "@/db/schema";
import { inTurn } from "./scoped";

const linked = aliasedTable(persons, "collegata");
const daComune = aliasedTable(comuni, "da_comune");
const aComune = aliasedTable(comuni, "a_comune");

/**
 * The cartella sociale part of a person's data export (GDPR art. 15): each cartella with its
 * status history, assessments, plans, diary (what row-level security lets the reader see:
 * riservato entries only for their équipe), documents (their description, not the bytes) and
 * appointments; the household and network; the transfers between comuni.
 */
export async function caseFileOfPerson(tx: Db, personId: string) {
  const cartelle = await tx
    .select({
      id: cases.id,
      area: cases.area,
      stato: cases.stato,
      comune: comuni.nome,
      apertaIl: cases.apertaIl,
      chiusaIl: cases.chiusaIl,
      motivoChiusura: cases.motivoChiusura,
    })
    .from(cases)
    .innerJoin(comuni, eq(comuni.id, cases.comuneId))
    .where(eq(cases.personId, personId))
    .orderBy(asc(cases.apertaIl));
  const ids = cartelle.map((c) => c.id);
  const none = ids.length === 0;
  const [storia, valutazioni, progetti, diario, appuntamenti] = none
    ? [[], [], [], [], []]
    : await inTurn([
        tx
          .select({
            caseId: caseEvents.caseId,
            il: caseEvents.il,
            evento: caseEvents.evento,
            statoA: caseEvents.statoA,
            motivo: caseEvents.motivo,
          })
          .from(caseEvents)
          .where(inArray(caseEvents.caseId, ids))
          .orderBy(asc(caseEvents.il)),
        tx
          .select({
            caseId: assessments.caseId,
            tipo: assessments.tipo,
            data: assessments.data,
            voci: assessments.voci,
            sintesi: assessments.sintesi,
          })
          .from(assessments)
          .where(inArray(assessments.caseId, ids))
          .orderBy(asc(assessments.data)),
        tx
          .select({
            id: plans.id,
            caseId: plans.caseId,
            titolo: plans.titolo,
            stato: plans.stato,
            dataInizio: plans.dataInizio,
            prossimaVerifica: plans.prossimaVerifica,
          })
          .from(plans)
          .where(inArray(plans.caseId, ids))
          .orderBy(asc(plans.dataInizio)),
        tx
          .select({
            caseId: diaryEntries.caseId,
            tipo: diaryEntries.tipo,
            avvenutoIl: diaryEntries.avvenutoIl,
            testo: diaryEntries.testo,
            riservato: diaryEntries.riservato,
          })
          .from(diaryEntries)
          .where(inArray(diaryEntries.caseId, ids))
          .orderBy(asc(diaryEntries.avvenutoIl)),
        tx
          .select({
            caseId: appointments.caseId,
            tipo: appointments.tipo,
            stato: appointments.stato,
            inizio: appointments.inizio,
            luogo: appointments.luogo,
          })
          .from(appointments)
          .where(inArray(appointments.caseId, ids))
          .orderBy(asc(appointments.inizio)),
      ]);
  const planIds = progetti.map((p) => p.id);
  const [obiettivi, verifiche] = planIds.length
    ? await inTurn([
        tx
          .select({
            planId: planGoals.planId,
            descrizione: planGoals.descrizione,
            scadenza: planGoals.scadenza,
            esito: planGoals.esito,
          })
          .from(planGoals)
          .where(inArray(planGoals.planId, planIds))
          .orderBy(asc(planGoals.posizione)),
        tx
          .select({ planId: planReviews.planId, data: planReviews.data, esito: planReviews.esito })
          .from(planReviews)
          .where(inArray(planReviews.planId, planIds))
          .orderBy(asc(planReviews.data)),
      ])
    : [[], []];
  const [legami, documenti, trasferimenti] = await inTurn([
    tx
      .select({
        tipo: personLinks.tipo,
        relazione: personLinks.relazione,
        cognome: linked.cognome,
        nome: linked.nome,
        nomeContatto: personLinks.nome,
        contatto: personLinks.contatto,
        note: personLinks.note,
      })
      .from(personLinks)
      .leftJoin(linked, eq(linked.id, personLinks.collegataId))
      .where(and(eq(personLinks.personId, personId), isNull(personLinks.rimossoIl)))
      .orderBy(asc(personLinks.creatoIl)),
    tx
      .select({
        titolo: personDocuments.titolo,
        nomeFile: personDocuments.nomeFile,
        tipoMime: personDocuments.tipoMime,
        dimensione: personDocuments.dimensione,
        caricatoIl: personDocuments.caricatoIl,
      })
      .from(personDocuments)
      .where(eq(personDocuments.personId, personId))
      .orderBy(asc(personDocuments.caricatoIl)),
    tx
      .select({
        da: daComune.nome,
        a: aComune.nome,
        stato: transfers.stato,
        motivo: transfers.motivo,
        richiestoIl: transfers.richiestoIl,
        decisoIl: transfers.decisoIl,
      })
      .from(transfers)
      .innerJoin(daComune, eq(daComune.id, transfers.daComuneId))
      .innerJoin(aComune, eq(aComune.id, transfers.aComuneId))
      .where(eq(transfers.personId, personId))
      .orderBy(asc(transfers.richiestoIl)),
  ]);
  const of = <T extends { caseId: string | null }>(rows: T[], id: string) =>
    rows.filter((r) => r.caseId === id).map(({ caseId: _, ...r }) => r);
  return {
    cartelle: cartelle.map(({ id, ...c }) => ({
      ...c,
      storia: of(storia, id),
      valutazioni: of(valutazioni, id),
      progetti: progetti
        .filter((p) => p.caseId === id)
        .map(({ id: planId, caseId: _, ...p }) => ({
          ...p,
          obiettivi: obiettivi.filter((o) => o.planId === planId).map(({ planId: _, ...o }) => o),
          verifiche: verifiche.filter((v) => v.planId === planId).map(({ planId: _, ...v }) => v),
        })),
      diario: of(diario, id),
      appuntamenti: of(appuntamenti, id),
    })),
    legami,
    documenti,
    trasferimenti,
  };
}
