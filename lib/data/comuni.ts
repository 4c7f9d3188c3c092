import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { comuni } from "@/db/schema";
import { scopeFor } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { scopeWhere } from "./authorize";
import { withActor } from "./scoped";

export type ComuneOption = { id: string; nome: string };

export async function listComuni(db: Db, actor: Actor): Promise<ComuneOption[]> {
  return withActor(db, actor, async (tx) => {
    return tx
      .select({ id: comuni.id, nome: comuni.nome })
      .from(comuni)
      .where(scopeWhere(actor, "comune.read", comuni))
      .orderBy(asc(comuni.nome));
  });
}

async function servedComuni(db: Db, actor: Actor): Promise<ComuneOption[]> {
  return withActor(db, actor, async (tx) => {
    if (actor.comuneIds.length === 0) return [];
    return tx
      .select({ id: comuni.id, nome: comuni.nome })
      .from(comuni)
      .where(and(eq(comuni.ambitoId, actor.ambitoId), inArray(comuni.id, [...actor.comuneIds])))
      .orderBy(asc(comuni.nome));
  });
}

/** The comuni where the actor may register people: those they serve. */
export async function listComuniForPersonCreate(db: Db, actor: Actor): Promise<ComuneOption[]> {
  return scopeFor(actor, "person.create") ? servedComuni(db, actor) : [];
}

/** Comuni to filter lists by: the whole district for district-wide roles, else the actor's own. */
export async function listComuniForFilter(db: Db, actor: Actor): Promise<ComuneOption[]> {
  const scope = scopeFor(actor, "request.read");
  if (scope === "district") return listComuni(db, actor);
  return scope ? servedComuni(db, actor) : [];
}
