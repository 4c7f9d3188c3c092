import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { comuni, userComuni, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { computeCodiceFiscale } from "@/lib/domain/codice-fiscale";
import type { PersonCreateInput } from "@/lib/validation/person";
import { personInput } from "./fixtures";

/** A further social worker serving `comune`, made directly in the database for a test. */
export async function extraWorker(
  db: Db,
  like: Actor,
  comune: string,
  over: { attivo?: boolean } = {},
): Promise<Actor> {
  const [c] = await db.select({ id: comuni.id }).from(comuni).where(eq(comuni.nome, comune));
  if (!c) throw new Error(`no comune ${comune}`);
  const n = Math.random().toString(36).slice(2, 8);
  const [u] = await db
    .insert(users)
    .values({
      ambitoId: like.ambitoId,
      email: `as.extra.${n}@pdz-pavia.example`,
      nome: `Operatrice ${n}`,
      ruolo: "assistente_sociale",
      passwordHash: "x",
      attivo: over.attivo ?? true,
    })
    .returning({ id: users.id, nome: users.nome, email: users.email });
  if (!u) throw new Error("no user");
  await db.insert(userComuni).values({ ambitoId: like.ambitoId, userId: u.id, comuneId: c.id });
  return { ...like, id: u.id, nome: u.nome, email: u.email, comuneIds: [c.id] };
}

const CONSONANTS = "BCDFGLMNPRSTVZ";
const VOWELS = "AEIOU";
const word = () =>
  Array.from(
    { length: 3 },
    () => (CONSONANTS[randomInt(14)] as string) + (VOWELS[randomInt(5)] as string),
  ).join("");

/**
 * A registration like personInput's, with surname and name drawn from enough letters that
 * the many people a long test creates do not share a codice fiscale by chance.
 */
export async function distinctPersonInput(db: Db, comune: string): Promise<PersonCreateInput> {
  const base = await personInput(db, comune);
  const capital = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
  const cognome = capital(word() + word());
  const nome = capital(word());
  const codiceFiscale = computeCodiceFiscale({
    surname: cognome,
    name: nome,
    sex: base.sesso,
    birthDate: base.dataNascita,
    birthplace: "G388",
  });
  return { ...base, cognome, nome, codiceFiscale };
}
