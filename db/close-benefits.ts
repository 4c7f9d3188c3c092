import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { closeEndedBenefits } from "@/lib/data/delivery";
import type { IsoDate } from "@/lib/domain/dates";
import type { Db } from "./client";
import { ambiti, users } from "./schema";

export type ClosedInAmbito = { ambito: string; coordinatore: string | null; concluse: number };

/**
 * Concludes the benefits past their end date in every ambito. The history of a request names
 * who moved it, so each ambito's run is done as its first active coordinator (the Ufficio di
 * Piano answers for delivery); an ambito without one is reported and left as it is.
 */
export async function closeEndedBenefitsEverywhere(
  db: Db,
  today?: IsoDate,
): Promise<ClosedInAmbito[]> {
  const out: ClosedInAmbito[] = [];
  for (const a of await db.select({ id: ambiti.id, nome: ambiti.nome }).from(ambiti)) {
    const [u] = await db
      .select({ id: users.id, nome: users.nome, email: users.email })
      .from(users)
      .where(and(eq(users.ambitoId, a.id), eq(users.ruolo, "coordinatore"), eq(users.attivo, true)))
      .orderBy(asc(users.creatoIl), asc(users.email))
      .limit(1);
    if (!u) {
      out.push({ ambito: a.nome, coordinatore: null, concluse: 0 });
      continue;
    }
    const actor: Actor = {
      ...u,
      ambitoId: a.id,
      role: "coordinatore",
      comuneIds: [],
      mustChangePassword: false,
      mfaPending: false,
      ip: null,
    };
    out.push({
      ambito: a.nome,
      coordinatore: u.email,
      concluse: await closeEndedBenefits(db, actor, today),
    });
  }
  return out;
}
