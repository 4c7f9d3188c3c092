import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  comuni,
  disabilityCertifications,
  iseeAttestations,
  measures,
  persons,
  requestEvents,
  requests,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { formatProtocol } from "@/lib/domain/request-workflow";
import { listPersonAccesses } from "./access-log";
import { audit } from "./audit";
import { requirePermission } from "./authorize";
import { birthplaceLabel } from "./birthplaces";
import { NotFoundError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";
import { caseFileOfPerson } from "./subject-export-case-file";

/**
 * Everything Zona holds about a person (GDPR art. 15): registry data, ISEE attestations,
 * the cartella sociale (cases, household, plans, diary, documents, transfers), requests with their history, and who accessed the record. For the Ufficio di Piano,
 * which answers the data subject's requests; every export is logged.
 */
export async function exportPersonData(db: Db, actor: Actor, personId: string) {
  requirePermission(actor, "person.export");
  if (!isUuid(personId)) throw new NotFoundError("La persona");
  return withActor(db, actor, async (tx) => {
    const [person] = await tx
      .select({
        id: persons.id,
        codiceFiscale: persons.codiceFiscale,
        cognome: persons.cognome,
        nome: persons.nome,
        sesso: persons.sesso,
        dataNascita: persons.dataNascita,
        luogoNascita: persons.luogoNascita,
        cittadinanza: persons.cittadinanza,
        comune: comuni.nome,
        indirizzo: persons.indirizzo,
        telefono: persons.telefono,
        email: persons.email,
        registrataIl: persons.creatoIl,
        componentiNucleo: persons.componentiNucleo,
        viveSolo: persons.viveSolo,
        alDomicilio: persons.alDomicilio,
        anonimizzataIl: persons.anonimizzataIl,
      })
      .from(persons)
      .innerJoin(comuni, eq(comuni.id, persons.comuneId))
      .where(and(eq(persons.id, personId), eq(persons.ambitoId, actor.ambitoId)))
      .limit(1);
    if (!person) throw new NotFoundError("La persona");
    const isee = await tx
      .select({
        tipo: iseeAttestations.tipo,
        valore: iseeAttestations.valore,
        ise: iseeAttestations.ise,
        protocolloDsu: iseeAttestations.protocolloDsu,
        dataPresentazione: iseeAttestations.dataPresentazione,
        scadenza: iseeAttestations.scadenza,
      })
      .from(iseeAttestations)
      .where(eq(iseeAttestations.personId, personId))
      .orderBy(asc(iseeAttestations.dataPresentazione));
    const certificazioni = await tx
      .select({
        codice: disabilityCertifications.codice,
        dataRilascio: disabilityCertifications.dataRilascio,
        scadenza: disabilityCertifications.scadenza,
        ente: disabilityCertifications.ente,
      })
      .from(disabilityCertifications)
      .where(eq(disabilityCertifications.personId, personId))
      .orderBy(asc(disabilityCertifications.dataRilascio));
    const caseFile = await caseFileOfPerson(tx, personId);
    const reqRows = await tx
      .select({
        id: requests.id,
        anno: requests.protocolloAnno,
        numero: requests.protocolloNumero,
        protocolloData: requests.protocolloData,
        misura: measures.nome,
        stato: requests.stato,
        importoMensile: requests.importoMensile,
        mesi: requests.mesi,
        importoApprovato: requests.importoApprovato,
        motivazione: requests.motivazione,
        esitoMotivazione: requests.esitoMotivazione,
        decisoIl: requests.decisoIl,
        ammissibilita: requests.ammissibilita,
        esitoForzato: requests.esitoForzato,
        forzaturaMotivazione: requests.forzaturaMotivazione,
        dichiarazioni: requests.dichiarazioni,
        punteggio: requests.punteggio,
        posizioneGraduatoria: requests.posizioneGraduatoria,
        compartecipazione: requests.compartecipazione,
      })
      .from(requests)
      .innerJoin(measures, eq(measures.id, requests.measureId))
      .where(eq(requests.personId, personId))
      .orderBy(asc(requests.creatoIl));
    const events = reqRows.length
      ? await tx
          .select({
            requestId: requestEvents.requestId,
            at: requestEvents.at,
            azione: requestEvents.azione,
            aStato: requestEvents.aStato,
            nota: requestEvents.nota,
          })
          .from(requestEvents)
          .where(
            inArray(
              requestEvents.requestId,
              reqRows.map((r) => r.id),
            ),
          )
          .orderBy(asc(requestEvents.at), asc(requestEvents.id))
      : [];
    const accessi = await listPersonAccesses(tx, actor, personId, 1000);
    await audit(tx, actor, "export", "persona", personId);
    return {
      generatoIl: new Date().toISOString(),
      persona: { ...person, luogoNascita: birthplaceLabel(person.luogoNascita) },
      isee,
      certificazioni,
      ...caseFile,
      richieste: reqRows.map(({ id, anno, numero, ...r }) => ({
        ...r,
        protocollo: anno && numero ? formatProtocol(anno, numero) : null,
        storia: events.filter((e) => e.requestId === id).map(({ requestId: _, ...e }) => e),
      })),
      accessi: accessi.map(({ id: _, ...a }) => a),
    };
  });
}

export type PersonDataExport = Awaited<ReturnType<typeof exportPersonData>>;
