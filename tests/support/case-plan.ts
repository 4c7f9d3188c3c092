import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/roles";
import { openCase } from "@/lib/data/cases";
import { createPerson } from "@/lib/data/persons";
import { computeCodiceFiscale } from "@/lib/domain/codice-fiscale";
import { addDays, romeDate } from "@/lib/domain/dates";
import { personInput } from "./fixtures";

export const today = () => romeDate(new Date());

export const SINA_ANSWERS = {
  mobilita: "2",
  attivitaVitaQuotidiana: "2",
  disturbiAreaCognitiva: "0",
  disturbiComportamentali: "1",
  necessitaCureSanitarie: "2",
  areaReddituale: "2",
  areaSupporto: "2",
  fonteDerivazioneValutazione: "2",
  strumentoValutazione: "1",
};

export const SINBA_ANSWERS = {
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

export const sinaInput = (over: Record<string, unknown> = {}) => ({
  tipo: "sina",
  data: today(),
  voci: SINA_ANSWERS,
  sintesi: "Parzialmente autonoma, rete familiare presente ma discontinua.",
  ...over,
});

export const sinbaInput = (over: Record<string, unknown> = {}) => ({
  tipo: "sinba",
  data: today(),
  voci: SINBA_ANSWERS,
  sintesi: "Difficoltà relazionali a scuola, famiglia in difficoltà economica.",
  ...over,
});

export const planInput = (over: Record<string, unknown> = {}) => ({
  titolo: "Progetto di sostegno alla domiciliarità",
  dataInizio: today(),
  prossimaVerifica: addDays(today(), 90),
  obiettivi: [{ descrizione: "Mantenere la persona al domicilio", indicatore: "Nessun ricovero" }],
  ...over,
});

/** A new person of the comune and an open cartella, by the given worker. */
export async function personWithCase(
  db: Db,
  worker: Actor,
  comune: string,
  over: { dataNascita?: string } = {},
) {
  const input = await personInput(db, comune);
  if (over.dataNascita) {
    input.dataNascita = over.dataNascita;
    input.codiceFiscale = computeCodiceFiscale({
      surname: input.cognome,
      name: input.nome,
      sex: input.sesso,
      birthDate: over.dataNascita,
      birthplace: "G388",
    });
  }
  const person = await createPerson(db, worker, input);
  const c = await openCase(db, worker, person.id, { area: "anziani" });
  return { personId: person.id, caseId: c.id };
}
