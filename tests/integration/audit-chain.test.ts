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
