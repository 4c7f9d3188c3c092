import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { scopeWhere } from "./authorize";

/** The ambito's accounts, for the system administrator; never the password hash. */
export async function listUsers(db: Db, actor: Actor) {
  return db
    .select({
      id: users.id,
      nome: users.nome,
      email: users.email,
      ruolo: users.ruolo,
      attivo: users.attivo,
    })
    .from(users)
    .where(scopeWhere(actor, "user.read", users))
    .orderBy(asc(users.ruolo), asc(users.nome));
}

export async function checkDatabase(db: Db): Promise<boolean> {
  await db.select({ id: users.id }).from(users).where(eq(users.email, "")).limit(1);
  return true;
}
