import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit-verify";
import { audit } from "@/lib/data/audit";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";

describe.each(DRIVERS)("audit hash chain on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("chains rows per ambito, also under concurrent writers", async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        audit(db(), i % 2 ? a.asPavia : a.coordinatore, "view", "persona", `p${i}`),
      ),
    );
    await audit(db(), null, "login_failed", "utente", null);
    const report = await verifyAuditChain(db(), 7);
    expect(report.breaks).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(26);
    expect(report.ambiti).toBe(2);
  });

  it.runIf(driver === "postgres")(
    "a writer does not wait for another transaction of its ambito that has logged and is still open",
    async () => {
      let release = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      let logged = () => {};
      const firstLogged = new Promise<void>((r) => {
        logged = r;
      });
      const held = db().transaction(async (tx) => {
        await audit(tx, a.asPavia, "view", "persona", "held-1");
        logged();
        await gate;
        await audit(tx, a.asPavia, "view", "persona", "held-2");
      });
      await firstLogged;
      const waited = await Promise.race([
        audit(db(), a.asPavia, "view", "persona", "not-waiting").then(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(true), 5000)),
      ]);
      release();
      await held;
      expect(waited).toBe(false);

      const rows = (await db().execute(sql`
        SELECT entita_id, corsia, seq::int AS seq FROM registro_accessi
        WHERE entita_id IN ('held-1', 'held-2', 'not-waiting')`)) as unknown as {
        rows: { entita_id: string; corsia: number; seq: number }[];
      };
      const by = Object.fromEntries(rows.rows.map((r) => [r.entita_id, r]));
      // The open transaction's two rows stay one after the other on its chain.
      expect(by["held-2"]?.corsia).toBe(by["held-1"]?.corsia);
      expect(by["held-2"]?.seq).toBe((by["held-1"]?.seq ?? 0) + 1);
      expect(by["not-waiting"]?.corsia).not.toBe(by["held-1"]?.corsia);
      expect((await verifyAuditChain(db())).breaks).toEqual([]);
    },
  );

  it("detects a row changed behind the application's back", async () => {
    await audit(db(), a.asPavia, "view", "persona", "original");
    // Only the table owner can switch the guard off; the application's role cannot (issue 3, RLS).
    await db().execute(
      sql`ALTER TABLE registro_accessi DISABLE TRIGGER registro_accessi_no_update_delete`,
    );
    await db().execute(
      sql`UPDATE registro_accessi SET entita_id = 'forged' WHERE entita_id = 'original'`,
    );
    await db().execute(
      sql`ALTER TABLE registro_accessi ENABLE TRIGGER registro_accessi_no_update_delete`,
    );
    const report = await verifyAuditChain(db());
    expect(report.breaks).toHaveLength(1);
    expect(report.breaks[0]?.reason).toContain("impronta");
  });

  it("detects a removed row", async () => {
    await audit(db(), a.asCava, "view", "persona", "to-remove");
    await audit(db(), a.asCava, "view", "persona", "after");
    await db().execute(
      sql`ALTER TABLE registro_accessi DISABLE TRIGGER registro_accessi_no_update_delete`,
    );
    await db().execute(sql`DELETE FROM registro_accessi WHERE entita_id = 'to-remove'`);
    await db().execute(
      sql`ALTER TABLE registro_accessi ENABLE TRIGGER registro_accessi_no_update_delete`,
    );
    const reasons = (await verifyAuditChain(db())).breaks.map((b) => b.reason);
    expect(reasons.some((r) => r.includes("sequenza"))).toBe(true);
  });
});
