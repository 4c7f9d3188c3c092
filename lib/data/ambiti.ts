import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ambiti } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { withActor } from "./scoped";

export async function getAmbitoName(db: Db, actor: Actor): Promise<string> {
  return withActor(db, actor, async (tx) => {
    const [row] = await tx
      .select({ nome: ambiti.nome, ente: ambiti.ente })
      .from(ambiti)
      .where(eq(ambiti.id, actor.ambitoId));
    return row ? `${row.ente} · ${row.nome}` : "";
  });
}
