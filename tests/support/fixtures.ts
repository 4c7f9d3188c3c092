import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { comuni, measures } from "@/db/schema";
import { computeCodiceFiscale } from "@/lib/domain/codice-fiscale";
import type { PersonCreateInput } from "@/lib/validation/person";

const LETTERS = "BCDFGLMNPRSTVZ";
const word = (n: number) =>
  Array.from({ length: n }, () => LETTERS[randomInt(LETTERS.length)]).join("");

/** A valid registration for a new, random person in the named comune. */
export async function personInput(
  db: Db,
  comuneNome: string,
  over: Partial<PersonCreateInput> = {},
): Promise<PersonCreateInput> {
  const [c] = await db.select({ id: comuni.id }).from(comuni).where(eq(comuni.nome, comuneNome));
  if (!c) throw new Error(`no comune ${comuneNome}`);
  // The codice fiscale takes the first consonants: they must vary, or hundreds of test persons collide.
  const cognome = `T${word(5).toLowerCase()}est`;
  const nome = `Prova${word(4)}`;
  const sesso = randomInt(2) ? "F" : "M";
  const dataNascita = `19${randomInt(30, 99)}-0${randomInt(1, 9)}-${randomInt(10, 29)}`;
  const codiceFiscale = computeCodiceFiscale({
    surname: cognome,
    name: nome,
    sex: sesso,
    birthDate: dataNascita,
    birthplace: "G388",
  });
  return {
    codiceFiscale,
    cognome,
    nome,
    sesso,
    dataNascita,
    cittadinanza: "Italiana",
    comuneId: c.id,
    indirizzo: "Via Roma 1",
    ...over,
  };
}

export async function measureId(db: Db, codice = "B2-CAREGIVER"): Promise<string> {
  const [m] = await db
    .select({ id: measures.id })
    .from(measures)
    .where(eq(measures.codice, codice));
  if (!m) throw new Error(`no measure ${codice}`);
  return m.id;
}

export function requestInput(personId: string, measure: string) {
  return {
    personId,
    measureId: measure,
    importoMensile: 100,
    mesi: 12,
    motivazione: "Caregiver familiare convivente, bisogno assistenziale elevato.",
  };
}
