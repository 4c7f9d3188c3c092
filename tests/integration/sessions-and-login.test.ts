import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, sessions, users } from "@/db/schema";
import { checkLogin, ThrottledSignin } from "@/lib/auth/login";
import { loadActor } from "@/lib/data/actors";
import { ForbiddenError } from "@/lib/data/errors";
import { backoffMs } from "@/lib/data/login-throttle";
import { endAllSessions, endSession, openSession } from "@/lib/data/sessions";
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

describe("backoffMs", () => {
  it("is free for the first failures, then doubles up to 15 minutes", () => {
    expect(backoffMs(4, 5)).toBe(0);
    expect(backoffMs(5, 5)).toBe(30_000);
    expect(backoffMs(6, 5)).toBe(60_000);
    expect(backoffMs(50, 5)).toBe(15 * 60_000);
  });
});

describe.each(DRIVERS)("sessions and login on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;
  const token = async (email: string) => {
    const [u] = await db()
      .select({ id: users.id, ambitoId: users.ambitoId, sv: users.sessionVersion })
      .from(users)
      .where(eq(users.email, email));
    if (!u) throw new Error("no user");
    return { userId: u.id, sessionVersion: u.sv, sessionId: await openSession(db(), u) };
  };

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("loadActor: a deactivation, a new session version or an ended session takes effect at once", async () => {
    const tk = await token(EMAILS.asCava);
    expect(await loadActor(db(), tk, null, LIMITS)).not.toBeNull();
    expect(
      await loadActor(db(), { ...tk, sessionVersion: tk.sessionVersion + 1 }, null, LIMITS),
    ).toBeNull();
    await db().update(users).set({ attivo: false }).where(eq(users.id, tk.userId));
    expect(await loadActor(db(), tk, null, LIMITS)).toBeNull();
    await db().update(users).set({ attivo: true }).where(eq(users.id, tk.userId));
    expect(await loadActor(db(), tk, null, LIMITS)).not.toBeNull();
    await endSession(db(), tk.sessionId, "uscita");
    expect(await loadActor(db(), tk, null, LIMITS)).toBeNull();
    expect(await loadActor(db(), { ...tk, sessionId: "forged" }, null, LIMITS)).toBeNull();
  });

  it("expires a session idle for longer than the idle limit, and one older than the absolute limit", async () => {
    const idle = await token(EMAILS.asPavia);
    await db()
      .update(sessions)
      .set({ ultimoUso: sql`now() - interval '31 minutes'` })
      .where(eq(sessions.id, idle.sessionId));
    expect(await loadActor(db(), idle, null, LIMITS)).toBeNull();
    const [ended] = await db()
      .select({ motivo: sessions.motivoChiusura })
      .from(sessions)
      .where(eq(sessions.id, idle.sessionId));
    expect(ended?.motivo).toBe("inattività");

    const old = await token(EMAILS.asPavia);
    await db()
      .update(sessions)
      .set({ creataIl: sql`now() - interval '13 hours'` })
      .where(eq(sessions.id, old.sessionId));
    expect(await loadActor(db(), old, null, LIMITS)).toBeNull();

    const fresh = await token(EMAILS.asPavia);
    await db()
      .update(sessions)
      .set({ ultimoUso: sql`now() - interval '29 minutes'` })
      .where(eq(sessions.id, fresh.sessionId));
    expect(await loadActor(db(), fresh, null, LIMITS)).not.toBeNull();
  });

  it("endAllSessions: the system administrator ends a user's sessions; nobody else may", async () => {
    const tk = await token(EMAILS.comunePavia);
    for (const who of ["coordinatore", "asPavia", "comunePavia"] as const) {
      await expect(endAllSessions(db(), a[who], tk.userId)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await loadActor(db(), tk, null, LIMITS)).not.toBeNull();
    expect(await endAllSessions(db(), a.admin, tk.userId)).toBeGreaterThanOrEqual(1);
    expect(await loadActor(db(), tk, null, LIMITS)).toBeNull();
  });

  it("checkLogin: the same answer for an unknown e-mail and a wrong password, each logged", async () => {
    expect(
      await checkLogin(db(), "nessuno@pdz-pavia.example", "whatever-password", "10.0.0.1"),
    ).toBeNull();
    expect(await checkLogin(db(), EMAILS.comunePavia, "wrong-password!", "10.0.0.1")).toBeNull();
    const ok = await checkLogin(db(), EMAILS.comunePavia, PASSWORD, "10.0.0.1");
    expect(ok?.sid).toMatch(/^[0-9a-f-]{36}$/);
    const second = await checkLogin(db(), EMAILS.comunePavia, PASSWORD, "10.0.0.1");
    expect(second?.sid).not.toBe(ok?.sid);
    const logged = await db()
      .select({ azione: auditLog.azione })
      .from(auditLog)
      .where(eq(auditLog.ip, "10.0.0.1"));
    expect(logged.map((l) => l.azione).sort()).toEqual([
      "login",
      "login",
      "login_failed",
      "login_failed",
    ]);
  });

  it("slows down repeated failures for one account from one address, without locking it out elsewhere", async () => {
    const email = EMAILS.asCava;
    for (let i = 0; i < 5; i++)
      expect(await checkLogin(db(), email, `wrong-${i}-password`, "10.0.0.2")).toBeNull();
    await expect(checkLogin(db(), email, PASSWORD, "10.0.0.2")).rejects.toBeInstanceOf(
      ThrottledSignin,
    );
    // The worker at her own desk is not affected.
    expect(await checkLogin(db(), email, PASSWORD, "10.0.0.3")).not.toBeNull();
    const throttled = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.ip, "10.0.0.2"), eq(auditLog.azione, "login_throttled")));
    expect(throttled[0]?.n).toBe(1);
  });
});
