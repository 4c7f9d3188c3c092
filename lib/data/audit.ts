import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { asAuth } from "./scoped";

export type AuditAction =
  | "view"
  | "create"
  | "update"
  | "transition"
  | "login"
  | "login_failed"
  | "login_throttled"
  | "logout"
  | "export"
  | "download"
  | "anonymise"
  | "override"
  | "close"
  | "rank"
  | "publish"
  | "merge";

/** Appends to the access log. Ids only: never names, codici fiscali or free text. */
export async function audit(
  db: Db,
  actor: Pick<Actor, "id" | "ambitoId" | "ip"> | null,
  azione: AuditAction,
  entita: string,
  entitaId: string | null,
  ip: string | null = actor?.ip ?? null,
): Promise<void> {
  await db.insert(auditLog).values({
    ambitoId: actor?.ambitoId ?? null,
    actorId: actor?.id ?? null,
    azione,
    entita,
    entitaId,
    ip,
  });
}

/** The same, for the events of signing in and out: as zona_auth, which may only append. */
export async function auditAuth(
  db: Db,
  actor: Pick<Actor, "id" | "ambitoId" | "ip"> | null,
  azione: "login" | "login_failed" | "login_throttled" | "logout" | "update",
  entita: string,
  entitaId: string | null,
  ip: string | null = actor?.ip ?? null,
): Promise<void> {
  await asAuth(db, (tx) => audit(tx, actor, azione, entita, entitaId, ip));
}
