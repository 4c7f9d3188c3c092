import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymise } from "@/db/retention";
import { requests, siussFlows } from "@/db/schema";
import { ConflictError, ForbiddenError } from "@/lib/data/errors";
import { transitionRequest } from "@/lib/data/requests";
import { exportFlussi, listFlussi, reissueFlusso, saveSiussSettings } from "@/lib/data/siuss";
import { issueFlows } from "@/lib/data/siuss-issue";
import { readEnv } from "@/lib/env";
import { handleWaas } from "@/lib/http/waas";
import { validateFlusso, XSD_DIR } from "@/lib/siuss/validator";
import { type Actors, DRIVERS, demoActors, freshDb, type TestDb } from "../support/db";
import { otherKey, voucher } from "../support/waas";

const env = readEnv({ ...process.env, NODE_ENV: "test", WAAS_ALLOWED_IPS: "127.0.0.1,10.0.0.7" });

type Entry = { id_flusso: string; ts_flusso: string; tipo: string; flusso: string };

describe("the examples in api-comuni.yaml 2.0.1", () => {
  it("validate against the official XSDs with the same validator", async () => {
    const yaml = readFileSync(path.join(XSD_DIR, "api-comuni.yaml"), "utf8");
    const examples = [...yaml.matchAll(/tipo: (PS_PSA_SINA|SINBA)\n\s+flusso: >-\n\s+(\S+)/g)];
    expect(examples.map((m) => m[1])).toEqual(["PS_PSA_SINA", "SINBA"]);
    for (const [, tipo, b64] of examples) {
      const xml = Buffer.from(b64 as string, "base64");
      expect(await validateFlusso(tipo as "PS_PSA_SINA" | "SINBA", xml)).toEqual({ valid: true });
    }
  });

  it("the validator refuses an XML that breaks the schema, with libxml2's message", async () => {
    const bad = `<Flusso xmlns="http://inps.it/Casellario"><IdentificazioneFlusso Nome="x"/></Flusso>`;
    const v = await validateFlusso("PS_PSA_SINA", bad);
    expect(v.valid).toBe(false);
    if (!v.valid) expect(v.message).toMatch(/Ente/);
  });
});

describe.each(DRIVERS)("SIUSS flussi and the WaaS API on %s", (driver) => {
  let t: TestDb;
  let a: Actors;
  const db = () => t.handle.db;
  const call = async (
    method: string,
    resource: string,
    opts: { token?: string | null; ip?: string; body?: unknown; env?: typeof env } = {},
  ) => {
    const headers = new Headers({ "x-forwarded-for": opts.ip ?? "127.0.0.1" });
    const token = opts.token === undefined ? await voucher() : opts.token;
    if (token) headers.set("authorization", `Bearer ${token}`);
    const url = new URL(`http://zona.test/waas/v1/${resource}`);
    const req = new Request(url, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    return handleWaas(db(), req, url.pathname.split("/").slice(3), opts.env ?? env);
  };
  const pullAll = async (limit: number, since = 0) => {
    const seen: Entry[] = [];
    let cursor = since;
    for (;;) {
      const res = await call("GET", `flussi?since=${cursor}&limit=${limit}`);
      expect(res.status).toBe(200);
      const page = ((await res.json()) as { elenco_flussi: Entry[] }).elenco_flussi;
      if (page.length === 0) return seen;
      expect(page.length).toBeLessThanOrEqual(limit);
      seen.push(...page);
      cursor = Date.parse((page[page.length - 1] as Entry).ts_flusso);
    }
  };

  beforeAll(async () => {
    t = await freshDb(driver);
    a = await demoActors(t.handle);
  });
  afterAll(async () => t?.close());

  it("every flusso produced from the seeded benefits validates against its XSD", async () => {
    const rows = await db()
      .select({ tipo: siussFlows.tipo, xml: siussFlows.xml, valido: siussFlows.valido })
      .from(siussFlows);
    const granted = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(requests)
      .where(inArray(requests.stato, ["approvata", "in_erogazione", "conclusa"]));
    expect(rows.length).toBeGreaterThanOrEqual(granted[0]?.n ?? 1);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.valido).toBe(true);
      expect(await validateFlusso(r.tipo as "PS_PSA_SINA", r.xml)).toEqual({ valid: true });
    }
  });

  it("pages by since/limit return every valid flusso once, oldest first", async () => {
    const expected = await db()
      .select({ id: siussFlows.idFlusso, ts: siussFlows.aggiornatoIlMs })
      .from(siussFlows)
      .where(eq(siussFlows.valido, true))
      .orderBy(siussFlows.aggiornatoIlMs);
    const byThree = await pullAll(3);
    expect(byThree.map((e) => e.id_flusso)).toEqual(expected.map((e) => e.id));
    expect((await pullAll(100)).map((e) => e.id_flusso)).toEqual(expected.map((e) => e.id));
    const first = byThree[0] as Entry;
    expect(first.tipo).toBe("PS_PSA_SINA");
    expect(first.id_flusso).toMatch(/^G388\.PS\.\d{8}\.\d{7}$/);
    expect(Buffer.from(first.flusso, "base64").toString("utf8")).toContain("<Flusso");
    // Default limit 10; limit 0 answers nothing; since past the last answers an empty list.
    const def = (await (await call("GET", "flussi?since=0")).json()) as { elenco_flussi: Entry[] };
    expect(def.elenco_flussi).toHaveLength(Math.min(10, expected.length));
    const none = (await (await call("GET", "flussi?since=0&limit=0")).json()) as {
      elenco_flussi: Entry[];
    };
    expect(none.elenco_flussi).toEqual([]);
    const last = expected[expected.length - 1]?.ts as number;
    expect(await pullAll(10, last)).toEqual([]);
    expect((await call("GET", "flussi?limit=10")).status).toBe(400);
    expect((await call("GET", "flussi?since=0&limit=101")).status).toBe(400);
  });

  it("timestamps are strictly increasing even within the same millisecond", async () => {
    const [r] = await db()
      .select({ id: requests.id })
      .from(requests)
      .where(eq(requests.stato, "in_erogazione"))
      .limit(1);
    const now = new Date();
    const issued = await db().transaction(async (tx) => [
      ...(await issueFlows(tx, null, r?.id as string, "I", { now })),
      ...(await issueFlows(tx, null, r?.id as string, "I", { now })),
    ]);
    const ts = await db()
      .select({ ts: siussFlows.aggiornatoIlMs })
      .from(siussFlows)
      .where(
        inArray(
          siussFlows.id,
          issued.map((i) => i.id),
        ),
      )
      .orderBy(siussFlows.aggiornatoIlMs);
    expect(ts).toHaveLength(2);
    expect((ts[1]?.ts as number) - (ts[0]?.ts as number)).toBeGreaterThanOrEqual(1);
  });

  it("an approval produces an I flusso and a revocation a C flusso, pulled after the others", async () => {
    const before = await pullAll(100);
    const since = Date.parse((before[before.length - 1] as Entry).ts_flusso);
    const [r] = await db()
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.stato, "in_istruttoria"), isNull(requests.bandoId)))
      .limit(1);
    const id = r?.id as string;
    await transitionRequest(db(), a.coordinatore, id, {
      action: "approva",
      nota: "Requisiti verificati.",
    });
    await transitionRequest(db(), a.coordinatore, id, {
      action: "revoca",
      nota: "Trasferito fuori distretto.",
    });
    const flows = await db()
      .select({ op: siussFlows.tipoOperazione, valido: siussFlows.valido, xml: siussFlows.xml })
      .from(siussFlows)
      .where(eq(siussFlows.requestId, id))
      .orderBy(siussFlows.aggiornatoIlMs);
    expect(flows.map((f) => [f.op, f.valido])).toEqual([
      ["I", true],
      ["C", true],
    ]);
    expect(flows[1]?.xml).toContain('TipoOperazione="C"');
    const after = await pullAll(1, since);
    expect(after).toHaveLength(2);
    expect(Buffer.from((after[1] as Entry).flusso, "base64").toString()).toContain(
      'TipoOperazione="C"',
    );
  });

  it("records esiti (204) and shows them to the coordinator; a rejected flusso is issued again", async () => {
    const [ok, ko] = await pullAll(2).then((all) => all.slice(0, 2) as Entry[]);
    const esito = (e: Entry, codice: string, descrizione?: string) => ({
      id_flusso: e.id_flusso,
      tipo: e.tipo,
      ts_flusso: e.ts_flusso,
      ts_acquisizione: new Date().toISOString(),
      codice_esito: codice,
      ...(descrizione ? { descrizione_esito: descrizione } : { id_acquisizione_siuss: "22738" }),
    });
    const res = await call("POST", "esiti", {
      body: {
        elenco_esiti: [
          esito(ok as Entry, "OK"),
          esito(ko as Entry, "DATI_NON_TROVATI", "Beneficiario non trovato"),
        ],
      },
    });
    expect(res.status).toBe(204);
    expect(
      (await call("POST", "esiti", { body: { elenco_esiti: [{ id_flusso: "x" }] } })).status,
    ).toBe(400);
    const list = await listFlussi(db(), a.coordinatore);
    const byId = new Map(list.rows.map((r) => [r.idFlusso, r]));
    expect(byId.get((ok as Entry).id_flusso)?.state).toBe("acquisito");
    const rejected = byId.get((ko as Entry).id_flusso);
    expect(rejected?.state).toBe("scartato");
    expect(rejected?.esitoDescrizione).toBe("Beneficiario non trovato");
    await expect(
      reissueFlusso(db(), a.coordinatore, byId.get((ok as Entry).id_flusso)?.id as string),
    ).rejects.toBeInstanceOf(ConflictError);
    const fresh = await reissueFlusso(db(), a.coordinatore, rejected?.id as string);
    expect(fresh.valido).toBe(true);
    const again = await listFlussi(db(), a.coordinatore);
    expect(again.rows.find((r) => r.id === rejected?.id)?.state).toBe("sostituito");
    await expect(
      reissueFlusso(db(), a.coordinatore, rejected?.id as string),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(listFlussi(db(), a.asPavia)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("holds back a flusso the XSD refuses, with the validator's message", async () => {
    await saveSiussSettings(db(), a.coordinatore, { cfOperatore: "BLLLRA78C54G388O" });
    // A codice fiscale the XSD pattern refuses reaches the operator only through the database.
    await db().execute(sql`update impostazioni_siuss set cf_operatore = 'NON-VALIDO'`);
    const [r] = await db()
      .select({ id: requests.id })
      .from(requests)
      .where(eq(requests.stato, "in_erogazione"))
      .limit(1);
    const [held] = await db().transaction((tx) => issueFlows(tx, null, r?.id as string, "I"));
    expect(held?.valido).toBe(false);
    const row = (await listFlussi(db(), a.coordinatore)).rows.find((x) => x.id === held?.id);
    expect(row?.state).toBe("non_valido");
    expect(row?.erroreValidazione).toMatch(/CFOperatore/);
    const pulled = await pullAll(100);
    expect(pulled.some((e) => e.id_flusso === held?.idFlusso)).toBe(false);
    await saveSiussSettings(db(), a.coordinatore, { cfOperatore: "BLLLRA78C54G388O" });
    const fixed = await reissueFlusso(db(), a.coordinatore, held?.id as string);
    expect(fixed.valido).toBe(true);
  });

  it("row-level security keeps each ambito's flussi and settings to itself", async () => {
    const seen = async (ambito: string) =>
      db().transaction(async (tx) => {
        await tx.execute(sql`select set_config('zona.ambito_id', ${ambito}, true),
          set_config('zona.scope', 'district', true)`);
        await tx.execute(sql`set local role zona_app`);
        const res = await tx.execute(
          sql`select (select count(*) from flussi_siuss)::int as f, (select count(*) from impostazioni_siuss)::int as s`,
        );
        return (res as unknown as { rows: { f: number; s: number }[] }).rows[0];
      });
    expect(await seen("00000000-0000-4000-8000-000000000000")).toEqual({ f: 0, s: 0 });
    const own = await seen(a.coordinatore.ambitoId);
    expect(own?.f).toBeGreaterThan(0);
    expect(own?.s).toBe(1);
  });

  it("exports a period as one valid XML file with several beneficiaries", async () => {
    const out = await exportFlussi(db(), a.coordinatore, {
      dal: "2026-01-01",
      al: "2026-12-31",
      tipo: "PS_PSA_SINA",
    });
    expect(out.count).toBeGreaterThan(1);
    expect(out.xml.match(/<Beneficiario /g)?.length).toBe(out.count);
    expect(await validateFlusso("PS_PSA_SINA", out.xml)).toEqual({ valid: true });
  });

  it("retention blanks a flusso's personal data, which is then neither offered nor issued again", async () => {
    const [f] = await db()
      .select({
        id: siussFlows.id,
        idFlusso: siussFlows.idFlusso,
        personId: requests.personId,
        ambitoId: requests.ambitoId,
      })
      .from(siussFlows)
      .innerJoin(requests, eq(requests.id, siussFlows.requestId))
      .where(eq(siussFlows.valido, true))
      .limit(1);
    expect(
      await anonymise(db(), [
        {
          id: f?.personId as string,
          ambitoId: f?.ambitoId as string,
          ultimaChiusura: "2010-01-01",
        },
      ]),
    ).toBe(1);
    const [row] = await db()
      .select({ xml: siussFlows.xml, dati: siussFlows.dati })
      .from(siussFlows)
      .where(eq(siussFlows.id, f?.id as string));
    expect(row).toEqual({ xml: "[anonimizzato]", dati: {} });
    expect((await pullAll(100)).some((e) => e.id_flusso === f?.idFlusso)).toBe(false);
    await expect(reissueFlusso(db(), a.coordinatore, f?.id as string)).rejects.toBeInstanceOf(
      ConflictError,
    );
    const out = await exportFlussi(db(), a.coordinatore, { dal: "2026-01-01", al: "2026-12-31" });
    expect(await validateFlusso("PS_PSA_SINA", out.xml)).toEqual({ valid: true });
  });

  it("refuses calls without a valid voucher (401) or from an address not allowed (403)", async () => {
    const problem = async (res: Response, status: number) => {
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(((await res.json()) as { status: number }).status).toBe(status);
    };
    await problem(await call("GET", "flussi?since=0", { token: null }), 401);
    await problem(await call("GET", "flussi?since=0", { token: "not.a.jwt" }), 401);
    await problem(
      await call("GET", "flussi?since=0", {
        token: await voucher({ expiresIn: Math.floor(Date.now() / 1000) - 60 }),
      }),
      401,
    );
    await problem(
      await call("GET", "flussi?since=0", { token: await voucher({ audience: "altro-ente" }) }),
      401,
    );
    await problem(
      await call("GET", "flussi?since=0", { token: await voucher({ key: otherKey() }) }),
      401,
    );
    await problem(await call("GET", "flussi?since=0", { ip: "192.0.2.10" }), 403);
    await problem(
      await call("POST", "esiti", { ip: "192.0.2.10", body: { elenco_esiti: [] } }),
      403,
    );
    await problem(await call("GET", "status", { token: null }), 401);
    expect((await call("GET", "flussi?since=0", { ip: "10.0.0.7" })).status).toBe(200);
    const status = await call("GET", "status");
    await problem(status, 200);
    // A production instance without its own configuration refuses everyone, the demo key too.
    const prod = readEnv({ NODE_ENV: "production", SEED_DEMO: "false" });
    await problem(await call("GET", "status", { env: prod }), 403);
    const prodIps = readEnv({
      NODE_ENV: "production",
      SEED_DEMO: "false",
      WAAS_ALLOWED_IPS: "127.0.0.1",
    });
    await problem(await call("GET", "status", { env: prodIps }), 401);
  });
});
