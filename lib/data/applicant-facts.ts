import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { comuni, disabilityCertifications, iseeAttestations, persons, requests } from "@/db/schema";
import type { ApplicantExtras } from "@/lib/domain/application";
import type { Applicant, IsoDate } from "@/lib/domain/eligibility";
import { inTurn } from "./scoped";

// Benefits that count as "already receiving" for the incompatibility rule.
const RECEIVING = ["approvata", "in_erogazione"] as const;

/**
 * The facts about a person that the bandi engines read, as they are on `on`. Runs inside the
 * caller's transaction, after the caller has checked that the actor may see the person.
 */
export async function loadApplicantFacts(
  tx: Db,
  ambitoId: string,
  personId: string,
  on: IsoDate,
  declarations: Record<string, boolean>,
): Promise<{ applicant: Applicant; extras: Omit<ApplicantExtras, "assessment"> }> {
  const [person] = await tx
    .select({
      dataNascita: persons.dataNascita,
      comuneId: persons.comuneId,
      componentiNucleo: persons.componentiNucleo,
      viveSolo: persons.viveSolo,
      alDomicilio: persons.alDomicilio,
      condizioniAggiornateIl: persons.condizioniAggiornateIl,
    })
    .from(persons)
    .where(and(eq(persons.ambitoId, ambitoId), eq(persons.id, personId)));
  if (!person) throw new Error("person not found for the applicant's facts");
  const [isee, certs, ambitoComuni, receiving] = await inTurn([
    tx
      .select({
        kind: iseeAttestations.tipo,
        value: iseeAttestations.valore,
        filedOn: iseeAttestations.dataPresentazione,
        expiresOn: iseeAttestations.scadenza,
      })
      .from(iseeAttestations)
      .where(and(eq(iseeAttestations.ambitoId, ambitoId), eq(iseeAttestations.personId, personId))),
    tx
      .select({
        codice: disabilityCertifications.codice,
        dataRilascio: disabilityCertifications.dataRilascio,
        scadenza: disabilityCertifications.scadenza,
      })
      .from(disabilityCertifications)
      .where(
        and(
          eq(disabilityCertifications.ambitoId, ambitoId),
          eq(disabilityCertifications.personId, personId),
        ),
      ),
    tx.select({ id: comuni.id }).from(comuni).where(eq(comuni.ambitoId, ambitoId)),
    tx
      .selectDistinct({ measureId: requests.measureId })
      .from(requests)
      .where(
        and(
          eq(requests.ambitoId, ambitoId),
          eq(requests.personId, personId),
          inArray(requests.stato, [...RECEIVING]),
        ),
      ),
  ]);
  // A certificate counts when issued by the date and not past its review date.
  const valid = certs.filter((c) => c.dataRilascio <= on && (!c.scadenza || c.scadenza >= on));
  return {
    applicant: {
      birthDate: person.dataNascita,
      residenceComuneId: person.comuneId,
      ambitoComuneIds: ambitoComuni.map((c) => c.id),
      iseeAttestations: isee.map((a) => ({ ...a, value: Number(a.value) })),
      // No certificate is "none" once the worker has recorded the person's conditions (or an
      // expired one exists); before that it is unknown, a manual check rather than a refusal.
      disabilities: valid.length
        ? valid.map((c) => c.codice)
        : certs.length || person.condizioniAggiornateIl
          ? []
          : null,
      livesAtHome: person.alDomicilio,
      activeMeasureIds: receiving.map((r) => r.measureId),
      declarations,
    },
    extras: { householdSize: person.componentiNucleo, livesAlone: person.viveSolo },
  };
}
