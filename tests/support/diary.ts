import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseTeam, comuni, userComuni, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { openCase } from "@/lib/data/cases";
import { createPerson } from "@/lib/data/persons";
import { personInput } from "./fixtures";

/** A new person of the comune with a cartella opened by `worker` (referente and équipe). */
export async function personWithCase(db: Db, worker: Actor, comune: string) {
  const person = await createPerson(db, worker, await personInput(db, comune));
  const c = await openCase(db, worker, person.id, { area: "anziani" });
  return { personId: person.id, caseId: c.id };
}

/**
 * Another social worker of the same comuni as `like`, on no équipe: the demo has one worker
 * per comune, so the tests add a colleague.
 */
export async function colleagueOf(db: Db, like: Actor): Promise<Actor> {
  const id = randomUUID();
  await db.insert(users).values({
    id,
    ambitoId: like.ambitoId,
    email: `collega-${id}@pdz-pavia.example`,
    nome: "Collega di prova",
    ruolo: like.role,
    passwordHash: "x",
  });
  for (const comuneId of like.comuneIds)
    await db.insert(userComuni).values({ ambitoId: like.ambitoId, userId: id, comuneId });
  return { ...like, id };
}

/** Puts a user on a cartella's équipe (as the cases screens will). */
export async function joinTeam(db: Db, ambitoId: string, caseId: string, userId: string) {
  await db.insert(caseTeam).values({ ambitoId, caseId, userId });
}

export async function comuneId(db: Db, nome: string): Promise<string> {
  const [c] = await db.select({ id: comuni.id }).from(comuni).where(eq(comuni.nome, nome));
  if (!c) throw new Error(`no comune ${nome}`);
  return c.id;
}
