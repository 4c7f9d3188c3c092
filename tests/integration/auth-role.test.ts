import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit-verify";
import { checkLogin } from "@/lib/auth/login";
import { loadActor } from "@/lib/data/actors";
import { asAuth } from "@/lib/data/scoped";
import { DRIVERS, EMAILS, freshDb, LIMITS, type TestDb } from "../support/db";

const PASSWORD = "zona-demo-2026";

/** Every table of a tenant's data: zona_auth must not read a single column of any of them. */
const TENANT_TABLES = [
  "persone",
  "attestazioni_isee",
  "certificazioni_disabilita",
  "legami",
  "documenti_persona",
  "richieste",
  "eventi_richiesta",
  "documenti_richiesta",
  "rate_erogazione",
  "cartelle",
  "eventi_cartella",
  "equipe_cartella",
  "valutazioni",
  "progetti",
  "voci_diario",
  "versioni_voce_diario",
  "appuntamenti",
  "trasferimenti",
  "importazioni_anagrafe",
  "bandi",
  "budget_voci",
  "misure",
  "comuni",
  "ambiti",
  "flussi_siuss",
  "impostazioni_siuss",
  "modelli_documento",
  "registro_accessi",
];

/**
 * The work done before anyone is signed in (login, throttle, second factor, session lookup)
 * runs as zona_auth, not as the tables' owner. It still works end to end, and the role itself
 * is refused every tenant table and every column it does not need.
 */
describe.each(DRIVERS)("the sign-in role zona_auth on %s", (driver) => {
  let t: TestDb;
  const db = () => t.handle.db;
  const asRole = (statement: string) => asAuth(db(), (tx) => tx.execute(sql.raw(statement)));
  /** The database's own refusal (drizzle wraps it: the cause carries PostgreSQL's message). */
  const denied = async (statement: string) => {
    const error = await asRole(statement).then(
      () => null,
      (e: unknown) => e as { message: string; cause?: { message?: string } },
    );
    expect(error, statement).not.toBeNull();
    expect(error?.cause?.message ?? error?.message, statement).toMatch(/permission denied/);
  };

  beforeAll(async () => {
    t = await freshDb(driver);
  });
  afterAll(async () => t?.close());

  it("runs the login, the session lookup and their audit entries as zona_auth", async () => {
    const who = await asAuth(db(), (tx) => tx.execute(sql`select current_user as u`));
    expect((who as unknown as { rows: { u: string }[] }).rows[0]?.u).toBe("zona_auth");
    expect(await checkLogin(db(), EMAILS.asPavia, "wrong-password!", "10.9.0.1")).toBeNull();
    const signed = await checkLogin(db(), EMAILS.asPavia, PASSWORD, "10.9.0.1");
    expect(signed).not.toBeNull();
    const actor = await loadActor(
      db(),
      { userId: signed?.id ?? "", sessionVersion: signed?.sv ?? 0, sessionId: signed?.sid ?? "" },
      "10.9.0.1",
      LIMITS,
    );
    expect(actor?.comuneIds.length).toBeGreaterThan(0);
    // The entries it appended (one with no ambito: an unknown e-mail) still chain.
    await checkLogin(db(), "nessuno@pdz-pavia.example", "whatever-password", "10.9.0.1");
    expect((await verifyAuditChain(db())).breaks).toEqual([]);
  });

  it.each(TENANT_TABLES)("cannot read %s", async (table) => {
    await denied(`select 1 from ${table} limit 1`);
  });

  it("reads only the columns of users it needs, and writes none of them", async () => {
    await expect(asRole("select count(*) from utenti")).resolves.toBeDefined();
    await denied("select creato_il from utenti");
    await denied("update utenti set ruolo = 'coordinatore'");
    await denied("update utenti set password_hash = 'x'");
    await denied("delete from sessioni");
  });

  it("cannot enrol or remove an authenticator, only spend a code", async () => {
    await denied("delete from mfa_totp");
    await denied("update mfa_totp set segreto = 'x'");
    await denied("delete from mfa_codici_recupero");
    await denied(
      "insert into mfa_codici_recupero (ambito_id, utente_id, impronta) select ambito_id, id, 'x' from utenti limit 1",
    );
  });
});
