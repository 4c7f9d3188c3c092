import { and, eq, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { mfaRecoveryCodes, mfaTotp } from "@/db/schema";
import type { Actor, Role } from "@/lib/auth/roles";
import {
  acceptTotp,
  newRecoveryCodes,
  newTotpSecret,
  recoveryDigest,
  totpUri,
} from "@/lib/auth/totp";
import { audit } from "./audit";
import { requirePermission } from "./authorize";
import { ConflictError, ForbiddenError, ValidationError } from "./errors";
import { asAuth, withActor } from "./scoped";

/** Roles that may not work without a second factor (ASVS V6.4, district-wide access). */
export const MFA_REQUIRED: readonly Role[] = ["coordinatore", "amministratore_sistema"];

export type MfaStatus = { enrolled: boolean; required: boolean; recoveryCodesLeft: number };

export async function getMfaStatus(db: Db, actor: Actor): Promise<MfaStatus> {
  requirePermission(actor, "account.mfa");
  return withActor(db, actor, async (tx) => {
    const [row] = await tx
      .select({ confermatoIl: mfaTotp.confermatoIl })
      .from(mfaTotp)
      .where(eq(mfaTotp.userId, actor.id));
    const [left] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(mfaRecoveryCodes)
      .where(and(eq(mfaRecoveryCodes.userId, actor.id), isNull(mfaRecoveryCodes.usatoIl)));
    return {
      enrolled: Boolean(row?.confermatoIl),
      required: MFA_REQUIRED.includes(actor.role),
      recoveryCodesLeft: left?.n ?? 0,
    };
  });
}

/** A new secret to scan; it becomes active only once a code from it is confirmed. */
export async function startTotpEnrollment(
  db: Db,
  actor: Actor,
): Promise<{ secret: string; uri: string }> {
  requirePermission(actor, "account.mfa");
  return withActor(db, actor, async (tx) => {
    const [existing] = await tx
      .select({ confermatoIl: mfaTotp.confermatoIl })
      .from(mfaTotp)
      .where(eq(mfaTotp.userId, actor.id));
    if (existing?.confermatoIl)
      throw new ConflictError("La verifica in due passaggi è già attiva.");
    const secret = newTotpSecret();
    await tx
      .insert(mfaTotp)
      .values({ ambitoId: actor.ambitoId, userId: actor.id, secret })
      .onConflictDoUpdate({
        target: mfaTotp.userId,
        set: { secret, ultimoPasso: 0, creatoIl: sql`now()` },
      });
    return { secret, uri: totpUri(secret, actor.email) };
  });
}

const ConfirmSchema = z
  .object({ code: z.string({ error: "Inserisci il codice." }).trim().max(20) })
  .strict();

function parseCode(input: unknown): string {
  const parsed = ConfirmSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ code: ["Inserisci il codice a 6 cifre."] });
  return parsed.data.code;
}

/** The actor's own authenticator, locked for the rest of the transaction. */
async function lockOwnTotp(tx: Db, actor: Actor) {
  const [row] = await tx
    .select({
      secret: mfaTotp.secret,
      ultimoPasso: mfaTotp.ultimoPasso,
      confermatoIl: mfaTotp.confermatoIl,
    })
    .from(mfaTotp)
    .where(eq(mfaTotp.userId, actor.id))
    .for("update");
  return row;
}

/** Confirms the authenticator with a first code; answers the recovery codes, shown once. */
export async function confirmTotpEnrollment(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<{ recoveryCodes: string[] }> {
  requirePermission(actor, "account.mfa");
  const code = parseCode(input);
  return withActor(db, actor, async (tx) => {
    const row = await lockOwnTotp(tx, actor);
    if (!row) throw new ConflictError("Avvia prima l'attivazione.");
    if (row.confermatoIl) throw new ConflictError("La verifica in due passaggi è già attiva.");
    const step = acceptTotp(row.secret, code, row.ultimoPasso);
    if (step === null)
      throw new ValidationError({
        code: ["Il codice non è valido: controlla l'ora del telefono e riprova."],
      });
    await tx
      .update(mfaTotp)
      .set({ confermatoIl: sql`now()`, ultimoPasso: step })
      .where(eq(mfaTotp.userId, actor.id));
    const codes = newRecoveryCodes();
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, actor.id));
    await tx.insert(mfaRecoveryCodes).values(
      codes.map((c) => ({
        ambitoId: actor.ambitoId,
        userId: actor.id,
        impronta: recoveryDigest(c),
      })),
    );
    await audit(tx, actor, "update", "mfa", actor.id);
    return { recoveryCodes: codes };
  });
}

/** Before anyone is signed in (as zona_auth): whether this user has a confirmed authenticator. */
export async function hasConfirmedTotp(db: Db, userId: string): Promise<boolean> {
  const [row] = await asAuth(db, (tx) =>
    tx
      .select({ confermatoIl: mfaTotp.confermatoIl })
      .from(mfaTotp)
      .where(eq(mfaTotp.userId, userId)),
  );
  return Boolean(row?.confermatoIl);
}

/**
 * Checks the second factor at login: a TOTP code not used before, or an unused recovery code,
 * which is then spent. The conditional updates make a code good once even under a race.
 * As zona_auth: nobody is signed in yet.
 */
export async function acceptSecondFactor(
  db: Db,
  userId: string,
  code: string,
): Promise<"totp" | "recovery" | null> {
  return asAuth(db, (tx) => spendSecondFactor(tx, userId, code));
}

async function spendSecondFactor(
  db: Db,
  userId: string,
  code: string,
): Promise<"totp" | "recovery" | null> {
  const [row] = await db
    .select({ secret: mfaTotp.secret, ultimoPasso: mfaTotp.ultimoPasso })
    .from(mfaTotp)
    .where(eq(mfaTotp.userId, userId));
  if (!row) return null;
  const step = acceptTotp(row.secret, code, row.ultimoPasso);
  if (step !== null) {
    const updated = await db
      .update(mfaTotp)
      .set({ ultimoPasso: step })
      .where(and(eq(mfaTotp.userId, userId), lt(mfaTotp.ultimoPasso, step)))
      .returning({ userId: mfaTotp.userId });
    return updated.length === 1 ? "totp" : null;
  }
  const spent = await db
    .update(mfaRecoveryCodes)
    .set({ usatoIl: sql`now()` })
    .where(
      and(
        eq(mfaRecoveryCodes.userId, userId),
        eq(mfaRecoveryCodes.impronta, recoveryDigest(code)),
        isNull(mfaRecoveryCodes.usatoIl),
      ),
    )
    .returning({ id: mfaRecoveryCodes.id });
  return spent.length === 1 ? "recovery" : null;
}

/** The seed's demo authenticators: fixed secrets, printed outside production only. */
export async function enrollDemoTotp(
  db: Db,
  user: { id: string; ambitoId: string },
  secret: string,
): Promise<void> {
  await db
    .insert(mfaTotp)
    .values({ ambitoId: user.ambitoId, userId: user.id, secret, confermatoIl: sql`now()` });
}

/** Optional roles may switch the second factor off again, proving it with a current code. */
export async function disableTotp(db: Db, actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, "account.mfa");
  if (MFA_REQUIRED.includes(actor.role)) {
    throw new ForbiddenError("Per il tuo ruolo la verifica in due passaggi è obbligatoria.");
  }
  const code = parseCode(input);
  return withActor(db, actor, async (tx) => {
    const row = await lockOwnTotp(tx, actor);
    if (!row?.confermatoIl) throw new ConflictError("La verifica in due passaggi non è attiva.");
    if (acceptTotp(row.secret, code, row.ultimoPasso) === null) {
      throw new ValidationError({ code: ["Il codice non è valido."] });
    }
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, actor.id));
    await tx.delete(mfaTotp).where(eq(mfaTotp.userId, actor.id));
    await audit(tx, actor, "update", "mfa", actor.id);
  });
}
