// The same class next-auth re-exports; imported from its source so plain Node tests can load it.
import { CredentialsSignin } from "@auth/core/errors";
import type { Db } from "@/db/client";
import { findLoginUser } from "@/lib/data/actors";
import { auditAuth } from "@/lib/data/audit";
import {
  clearLoginFailures,
  recordLoginFailure,
  throttledUntil,
  throttleKeys,
} from "@/lib/data/login-throttle";
import { acceptSecondFactor, hasConfirmedTotp } from "@/lib/data/mfa";
import { openSession } from "@/lib/data/sessions";
import { verifyAgainstDummy, verifyPassword } from "./password";

/** Too many recent failures from this address for this account: try again later. */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

/** Password right; the account has an authenticator: ask for its code. */
export class MfaRequiredSignin extends CredentialsSignin {
  code = "mfa_required";
}

/** The second factor was wrong, expired or already used. */
export class MfaInvalidSignin extends CredentialsSignin {
  code = "mfa_invalid";
}

export type SignedIn = { id: string; sv: number; sid: string };

/**
 * Checks a login. Unknown e-mail and wrong password get the same answer in the same time;
 * repeated failures slow down the (account, address) pair and the address, never the
 * account alone, so nobody can lock a worker out from elsewhere.
 */
export async function checkLogin(
  db: Db,
  email: string,
  password: string,
  ip: string | null,
  secondFactor?: string,
): Promise<SignedIn | null> {
  const keys = throttleKeys(email, ip);
  const user = await findLoginUser(db, email);
  const who = user ? { id: user.id, ambitoId: user.ambitoId, ip } : null;
  if (await throttledUntil(db, keys)) {
    await auditAuth(db, who, "login_throttled", "utente", user?.id ?? null, ip);
    throw new ThrottledSignin();
  }
  const ok = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);
  if (!user || !ok || !user.attivo) {
    await recordLoginFailure(db, keys);
    await auditAuth(db, who, "login_failed", "utente", user?.id ?? null, ip);
    return null;
  }
  if (await hasConfirmedTotp(db, user.id)) {
    if (!secondFactor) throw new MfaRequiredSignin();
    const used = await acceptSecondFactor(db, user.id, secondFactor);
    if (!used) {
      await recordLoginFailure(db, keys);
      await auditAuth(db, who, "login_failed", "mfa", user.id, ip);
      throw new MfaInvalidSignin();
    }
    if (used === "recovery") await auditAuth(db, who, "update", "mfa_codice_recupero", user.id, ip);
  }
  await clearLoginFailures(db, keys);
  const sid = await openSession(db, user);
  await auditAuth(db, who, "login", "sessione", sid);
  return { id: user.id, sv: user.sessionVersion, sid };
}
