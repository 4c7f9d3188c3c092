import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/auth/password-policy";
import type { Actor } from "@/lib/auth/roles";
import { PasswordChangeSchema } from "@/lib/validation/account";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { requirePermission } from "./authorize";
import { ConflictError, type FieldErrors, NotFoundError, ValidationError } from "./errors";
import { withActor } from "./scoped";

/**
 * The signed-in user replaces their own password, proving they know the current one
 * (ASVS 5.0 V6.2.3). The new one must pass the password policy. Every session of the user
 * ends, this one too: the next request needs a login with the new password. Clears the
 * "must change" flag of a temporary password.
 */
export async function changeOwnPassword(db: Db, actor: Actor, input: unknown): Promise<void> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "account.password");
    const parsed = PasswordChangeSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const { attuale, nuova } = parsed.data;

    const [user] = await tx
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(and(eq(users.id, actor.id), eq(users.ambitoId, actor.ambitoId)))
      .limit(1);
    if (!user) throw new NotFoundError("L'utente");
    const errors: FieldErrors = {};
    if (!(await verifyPassword(user.passwordHash, attuale)))
      errors.attuale = ["La password attuale non è corretta."];
    const problems = passwordProblems(nuova, { email: actor.email });
    // After a reset the administrator knows the current one: keeping it would defeat the reset.
    if (nuova === attuale)
      problems.push("La nuova password deve essere diversa da quella attuale.");
    if (problems.length) errors.nuova = problems;
    if (Object.keys(errors).length) throw new ValidationError(errors);

    const passwordHash = await hashPassword(nuova);
    const [changed] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      // Unchanged since it was verified: two changes at once do not both succeed.
      .where(and(eq(users.id, actor.id), eq(users.passwordHash, user.passwordHash)))
      .returning({ id: users.id });
    if (!changed) throw new ConflictError("La password è appena stata cambiata: accedi di nuovo.");
    await tx
      .update(sessions)
      .set({ chiusaIl: sql`now()`, motivoChiusura: "password cambiata" })
      .where(
        and(
          eq(sessions.ambitoId, actor.ambitoId),
          eq(sessions.userId, actor.id),
          isNull(sessions.chiusaIl),
        ),
      );
    await audit(tx, actor, "update", "password", actor.id);
  });
}
