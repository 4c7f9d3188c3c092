import "server-only";
import { db } from "@/db/client";
import type { Actor } from "@/lib/auth/roles";
import { listResponsabili } from "@/lib/data/bandi";
import { listComuni } from "@/lib/data/comuni";
import { listMeasures } from "@/lib/data/measures";

/** What the bando form offers: coordinators (only they may manage bandi), measures, comuni. */
export async function bandoFormOptions(actor: Actor) {
  const responsabili = await listResponsabili(db(), actor);
  const [measures, comuni] = await Promise.all([
    listMeasures(db(), actor),
    listComuni(db(), actor),
  ]);
  return {
    responsabili,
    comuni,
    measures: measures.map((m) => ({ id: m.id, nome: m.nome, tipo: m.tipo })),
  };
}
