import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/db/audit-verify";
import {
  generateLoad,
  LOAD_EMAIL_DOMAIN,
  type LoadReport,
  type LoadScale,
} from "@/db/load/generate";
import { checkCodiceFiscaleConsistency } from "@/lib/domain/codice-fiscale";
import {
  isFinal,
  isRequestAction,
  isRequestStatus,
  type RequestStatus,
  transition,
} from "@/lib/domain/request-workflow";
import { freshDb, type TestDb } from "../support/db";

// The generator is PostgreSQL only (COPY); without DATABASE_URL there is nothing to run.
const TINY: LoadScale = {
  name: "tiny",
  ambiti: 3,
  comuni: 40,
  persons: 600,
  requests: 2_000,
  cases: 300,
  seed: 3,
};

describe.skipIf(!process.env.DATABASE_URL)("generatore di carico (PostgreSQL)", () => {
  let t: TestDb;
  let pg: Client;
  let report: LoadReport;
  const rows = async <T>(text: string, values: unknown[] = []) =>
    (await pg.query(text, values)).rows as T[];
  const one = async (text: string, values: unknown[] = []) =>
    Number(Object.values((await rows<Record<string, unknown>>(text, values))[0] ?? {})[0]);

  beforeAll(async () => {
    t = await freshDb("postgres");
    report = await generateLoad(t.url, TINY, { password: "zona-demo-2026" });
    pg = new Client({ connectionString: t.url });
    await pg.connect();
  }, 180_000);

  afterAll(async () => {
    await pg?.end();
    await t?.close();
  });

  it("refuses PGlite (no DATABASE_URL) and a database already loaded", async () => {
    await expect(generateLoad(undefined, TINY, { password: "x" })).rejects.toThrow(/PostgreSQL/);
    await expect(generateLoad(t.url, TINY, { password: "x" })).rejects.toThrow(
      /già dati di carico/,
    );
  });

  it("writes the asked numbers of ambiti, people, requests and cartelle, with their events", async () => {
    expect(await one("SELECT count(*) FROM ambiti")).toBe(TINY.ambiti);
    expect(await one("SELECT count(*) FROM comuni")).toBe(TINY.comuni);
    const byLoad = `IN (SELECT id FROM utenti WHERE email LIKE '%.${LOAD_EMAIL_DOMAIN}')`;
    expect(await one(`SELECT count(*) FROM persone WHERE creato_da ${byLoad}`)).toBe(TINY.persons);
    expect(await one(`SELECT count(*) FROM richieste WHERE creato_da ${byLoad}`)).toBe(
      TINY.requests,
    );
    expect(report.counts.richieste).toBe(TINY.requests);
    expect(report.counts.cartelle).toBeGreaterThan(TINY.cases * 0.7);
    expect(report.counts.cartelle).toBeLessThanOrEqual(TINY.cases);
    expect(report.counts.eventi_richiesta).toBeGreaterThan(TINY.requests * 2.5);
    expect(report.counts.attestazioni_isee).toBeGreaterThan(TINY.persons * 0.6);
    expect(report.counts.budget_voci).toBeGreaterThan(0);
  });

  it("gives every person a valid codice fiscale matching sex, birth date and birthplace", async () => {
    const people = await rows<{ cf: string; sesso: "M" | "F"; nato: string; luogo: string }>(
      "SELECT codice_fiscale AS cf, sesso, data_nascita::text AS nato, luogo_nascita_belfiore AS luogo FROM persone",
    );
    const bad = people.filter(
      (p) =>
        checkCodiceFiscaleConsistency(p.cf, {
          sex: p.sesso,
          birthDate: p.nato,
          birthplace: p.luogo,
        }).length > 0,
    );
    expect(bad).toEqual([]);
  });

  it("leaves every request with a history that the workflow allows, ending in its status", async () => {
    const requests = await rows<{ id: string; stato: RequestStatus; creato: Date }>(
      "SELECT id, stato, creato_il AS creato FROM richieste",
    );
    const events = await rows<{
      rid: string;
      azione: string;
      da: string | null;
      a: string;
      at: Date;
    }>(
      "SELECT richiesta_id AS rid, azione, da_stato AS da, a_stato AS a, at FROM eventi_richiesta ORDER BY richiesta_id, at, id",
    );
    const byRequest = new Map<string, typeof events>();
    for (const e of events) byRequest.set(e.rid, [...(byRequest.get(e.rid) ?? []), e]);
    const problems: string[] = [];
    const now = Date.now();
    for (const r of requests) {
      const history = byRequest.get(r.id) ?? [];
      const first = history[0];
      if (first?.azione !== "presenta" || first.da !== null || first.a !== "presentata") {
        problems.push(`${r.id}: non comincia con la presentazione`);
        continue;
      }
      let status: RequestStatus = "presentata";
      for (const e of history.slice(1)) {
        if (!isRequestAction(e.azione) || e.da !== status) {
          problems.push(`${r.id}: ${e.azione} da ${e.da}, stato ${status}`);
          break;
        }
        const step = transition(status, e.azione);
        if (!step.ok || step.to !== e.a) {
          problems.push(`${r.id}: ${e.azione} non porta a ${e.a}`);
          break;
        }
        status = step.to;
      }
      if (status !== r.stato)
        problems.push(`${r.id}: storia finisce in ${status}, stato ${r.stato}`);
      if (history.some((e) => e.at.getTime() > now || e.at < r.creato))
        problems.push(`${r.id}: evento fuori dal tempo`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(isRequestStatus(requests[0]?.stato)).toBe(true);
    // A spread of statuses, decided and final ones among them.
    const statuses = new Set(requests.map((r) => r.stato));
    expect(statuses.size).toBeGreaterThanOrEqual(8);
    expect(requests.some((r) => isFinal(r.stato))).toBe(true);
  });

  it("never over-commits a budget line, and commits exactly what its approved requests hold", async () => {
    expect(await one("SELECT count(*) FROM budget_voci WHERE impegnato > stanziato")).toBe(0);
    expect(
      await one(`SELECT count(*) FROM budget_voci v WHERE v.impegnato <> coalesce(
        (SELECT sum(importo_impegnato) FROM richieste r WHERE r.budget_voce_id = v.id), 0)`),
    ).toBe(0);
    expect(await one("SELECT count(*) FROM budget_voci WHERE impegnato > 0")).toBeGreaterThan(0);
    // Money stays committed only on requests that were approved and not revoked or renounced.
    expect(
      await one(`SELECT count(*) FROM richieste WHERE importo_impegnato > 0
        AND stato NOT IN ('approvata', 'in_erogazione', 'conclusa')`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) FROM richieste WHERE bando_id IS NOT NULL
        AND stato IN ('approvata', 'in_erogazione', 'conclusa') AND importo_impegnato IS NULL`),
    ).toBe(0);
  });

  it("keeps ambito and comune coherent across people, requests, events and cartelle", async () => {
    const checks = [
      "SELECT count(*) FROM richieste r JOIN persone p ON p.id = r.persona_id WHERE r.ambito_id <> p.ambito_id OR r.comune_id <> p.comune_id",
      "SELECT count(*) FROM richieste r JOIN comuni c ON c.id = r.comune_id WHERE c.ambito_id <> r.ambito_id",
      "SELECT count(*) FROM richieste r JOIN misure m ON m.id = r.misura_id WHERE m.ambito_id <> r.ambito_id",
      "SELECT count(*) FROM richieste r JOIN bandi b ON b.id = r.bando_id WHERE b.ambito_id <> r.ambito_id OR b.misura_id <> r.misura_id",
      "SELECT count(*) FROM richieste r JOIN budget_voci v ON v.id = r.budget_voce_id WHERE v.bando_id <> r.bando_id",
      "SELECT count(*) FROM eventi_richiesta e JOIN richieste r ON r.id = e.richiesta_id WHERE e.ambito_id <> r.ambito_id",
      "SELECT count(*) FROM cartelle c JOIN persone p ON p.id = c.persona_id WHERE c.ambito_id <> p.ambito_id OR c.comune_id <> p.comune_id",
      "SELECT count(*) FROM attestazioni_isee i JOIN persone p ON p.id = i.persona_id WHERE i.ambito_id <> p.ambito_id",
      "SELECT count(*) FROM utenti_comuni uc JOIN comuni c ON c.id = uc.comune_id WHERE c.ambito_id <> uc.ambito_id",
      // Every comune has a social worker; every ambito a coordinator with a second factor.
      "SELECT count(*) FROM comuni c WHERE NOT EXISTS (SELECT 1 FROM utenti_comuni uc JOIN utenti u ON u.id = uc.utente_id WHERE uc.comune_id = c.id AND u.ruolo = 'assistente_sociale')",
      "SELECT count(*) FROM ambiti a WHERE NOT EXISTS (SELECT 1 FROM utenti u JOIN mfa_totp m ON m.utente_id = u.id WHERE u.ambito_id = a.id AND u.ruolo = 'coordinatore' AND m.confermato_il IS NOT NULL)",
    ];
    for (const q of checks) expect({ q, n: await one(q) }).toEqual({ q, n: 0 });
  });

  it("leaves no dangling reference, though foreign keys were not checked row by row", async () => {
    const fks = await rows<{ child: string; parent: string; cols: string[]; refs: string[] }>(`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
             array(SELECT a.attname FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k)::text[] AS cols,
             array(SELECT a.attname FROM unnest(c.confkey) k JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k)::text[] AS refs
        FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`);
    expect(fks.length).toBeGreaterThan(20);
    for (const fk of fks) {
      const join = fk.cols.map((col, i) => `p.${fk.refs[i]} = c.${col}`).join(" AND ");
      const present = fk.cols.map((col) => `c.${col} IS NOT NULL`).join(" AND ");
      const n = await one(
        `SELECT count(*) FROM ${fk.child} c WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${join})`,
      );
      expect({ fk: `${fk.child}(${fk.cols})`, n }).toEqual({ fk: `${fk.child}(${fk.cols})`, n: 0 });
    }
  });

  it("keeps the audit chain verifiable and the protocol counters ahead of every number", async () => {
    const chain = await verifyAuditChain(t.handle.db);
    expect(chain.breaks).toEqual([]);
    expect(
      await one(`SELECT count(*) FROM richieste r WHERE r.protocollo_numero > (SELECT ultimo FROM contatori_protocollo k
        WHERE k.ambito_id = r.ambito_id AND k.anno = r.protocollo_anno)`),
    ).toBe(0);
  });
});
