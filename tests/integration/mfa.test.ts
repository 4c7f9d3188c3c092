import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mfaTotp, users } from "@/db/schema";
import { DEMO_TOTP_SECRETS } from "@/db/seed-data";
import { checkLogin, MfaInvalidSignin, MfaRequiredSignin } from "@/lib/auth/login";
import { totpCode } from "@/lib/auth/totp";
import { loadActor } from "@/lib/data/actors";
import { ForbiddenError, ValidationError } from "@/lib/data/errors";
import {
  confirmTotpEnrollment,
  disableTotp,
  getMfaStatus,
  startTotpEnrollment,
} from "@/lib/data/mfa";
import { listRequests } from "@/lib/data/requests";
import { openSession } from "@/lib/data/sessions";
import {
  type Actors,
  DRIVERS,
  demoActors,
  EMAILS,
  freshDb,
  LIMITS,
  type TestDb,
} from "../support/db";

const PASSWORD = "zona-demo-2026";

describe.each(DRIVERS)("second factor on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("asks the coordinator for a code, accepts it once, and accepts a recovery code once", async () => {
    const secret = DEMO_TOTP_SECRETS[EMAILS.coordinatore] as string;
    await expect(
      checkLogin(db(), EMAILS.coordinatore, PASSWORD, "10.1.0.1"),
    ).rejects.toBeInstanceOf(MfaRequiredSignin);
    await expect(
      checkLogin(db(), EMAILS.coordinatore, PASSWORD, "10.1.0.1", "000000"),
    ).rejects.toBeInstanceOf(MfaInvalidSignin);
    const code = totpCode(secret);
    expect(await checkLogin(db(), EMAILS.coordinatore, PASSWORD, "10.1.0.1", code)).not.toBeNull();
    // The same code again: refused.
    await expect(
      checkLogin(db(), EMAILS.coordinatore, PASSWORD, "10.1.0.1", code),
    ).rejects.toBeInstanceOf(MfaInvalidSignin);
    // A wrong password never reaches the second step.
    expect(
      await checkLogin(
        db(),
        EMAILS.coordinatore,
        "wrong-password!",
        "10.1.0.1",
        totpCode(secret, Date.now() + 30_000),
      ),
    ).toBeNull();
  });

  it("enrols an optional user: start, confirm with a code, recovery codes work once, then disable", async () => {
    const worker = a.asCava;
    expect(await getMfaStatus(db(), worker)).toEqual({
      enrolled: false,
      required: false,
      recoveryCodesLeft: 0,
    });
    const { secret, uri } = await startTotpEnrollment(db(), worker);
    expect(uri).toContain("otpauth://totp/");
    // Not active until confirmed: login still needs only the password.
    expect(await checkLogin(db(), EMAILS.asCava, PASSWORD, "10.1.0.2")).not.toBeNull();
    await expect(confirmTotpEnrollment(db(), worker, { code: "123" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const { recoveryCodes } = await confirmTotpEnrollment(db(), worker, { code: totpCode(secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(await getMfaStatus(db(), worker)).toMatchObject({
      enrolled: true,
      recoveryCodesLeft: 10,
    });
    await expect(checkLogin(db(), EMAILS.asCava, PASSWORD, "10.1.0.2")).rejects.toBeInstanceOf(
      MfaRequiredSignin,
    );
    const recovery = recoveryCodes[0] as string;
    expect(
      await checkLogin(db(), EMAILS.asCava, PASSWORD, "10.1.0.2", recovery.toUpperCase()),
    ).not.toBeNull();
    await expect(
      checkLogin(db(), EMAILS.asCava, PASSWORD, "10.1.0.2", recovery),
    ).rejects.toBeInstanceOf(MfaInvalidSignin);
    expect((await getMfaStatus(db(), worker)).recoveryCodesLeft).toBe(9);
    await disableTotp(db(), worker, { code: totpCode(secret, Date.now() + 30_000) });
    expect(await checkLogin(db(), EMAILS.asCava, PASSWORD, "10.1.0.2")).not.toBeNull();
  });

  it("keeps a coordinator without an authenticator out of every case operation until enrolled", async () => {
    const [u] = await db()
      .select({ id: users.id, ambitoId: users.ambitoId, sv: users.sessionVersion })
      .from(users)
      .where(eq(users.email, EMAILS.coordinatore));
    if (!u) throw new Error("no coordinator");
    await db().delete(mfaTotp).where(eq(mfaTotp.userId, u.id));
    const token = { userId: u.id, sessionVersion: u.sv, sessionId: await openSession(db(), u) };
    const pending = await loadActor(db(), token, null, LIMITS);
    expect(pending?.mfaPending).toBe(true);
    if (!pending) throw new Error("no actor");
    await expect(listRequests(db(), pending, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(disableTotp(db(), pending, { code: "123456" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const { secret } = await startTotpEnrollment(db(), pending);
    await confirmTotpEnrollment(db(), pending, { code: totpCode(secret) });
    const enrolled = await loadActor(db(), token, null, LIMITS);
    expect(enrolled?.mfaPending).toBe(false);
    if (!enrolled) throw new Error("no actor");
    expect((await listRequests(db(), enrolled, { limit: 1 })).rows).toHaveLength(1);
  });
});
