/**
 * `npm run test:resilience`: Zona under load and faults, at district scale, on a PostgreSQL
 * cluster of its own (never the shared one) and the production build.
 *
 *   sustained    50 concurrent users for RESILIENCE_SECONDS (default 300): zero 5xx, memory +<20%
 *   restart      PostgreSQL stopped and started under load: 503 + Retry-After while away,
 *                recovery within 10 s, every create that got a 2xx is there afterwards
 *   kill         a connection terminated in the middle of a multi-step write: nothing of it stays
 *   pglite       an unwritable PGlite folder: a clear error at start, the folder untouched
 *
 * Arguments choose scenarios (default: all). RESILIENCE_CONNECTIONS sets the users (50).
 */
import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";
import { Client } from "pg";
import { verifyAuditChain } from "@/db/audit-verify";
import { openDb } from "@/db/client";
import { generateLoad, SCALES } from "@/db/load/generate";
import { computeCodiceFiscale } from "@/lib/domain/codice-fiscale";
import { type App, ensureBuild, log, OwnPostgres, ROOT, signIn, startApp } from "./support";

const PASSWORD = process.env.DEMO_PASSWORD ?? "zona-demo-2026";
const SECONDS = Number(process.env.RESILIENCE_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.RESILIENCE_CONNECTIONS ?? 50);
const WORKERS = [
  "as.pavia@pdz-pavia.example",
  "as.cavamanara@pdz-pavia.example",
  "as.distretto@pdz-pavia.example",
  "as1@pv-pavia.carico.example",
  "as2@pv-pavia.carico.example",
];
// What a social worker does all day: lists, searches, pages, a person's record.
const READS = [
  "/api/v1/requests",
  "/api/v1/requests?stato=presentata",
  "/api/v1/persons",
  "/richieste",
  "/persone",
  "/scrivania",
];

const PAGE_CONNECTIONS = 5;

type Outcome = { name: string; ok: boolean; lines: string[] };
const outcomes: Outcome[] = [];

function check(o: Outcome, ok: boolean, line: string): void {
  o.lines.push(`${ok ? "ok " : "NO "} ${line}`);
  if (!ok) o.ok = false;
}

type Ctx = { pg: OwnPostgres; url: string; app: App; cookies: string[] };

async function fetchWith(ctx: Ctx, p: string, init: RequestInit = {}, i = 0): Promise<Response> {
  return fetch(`${ctx.app.base}${p}`, {
    ...init,
    redirect: "manual",
    headers: {
      cookie: ctx.cookies[i % ctx.cookies.length] as string,
      origin: ctx.app.base,
      ...(init.body ? { "content-type": "application/json" } : {}),
      ...(init.headers ?? {}),
    },
  });
}

/** Runs autocannon with the sessions spread over the connections; answers the status counts. */
async function drive(ctx: Ctx, connections: number, seconds: number, paths = READS) {
  const per = Math.max(1, Math.floor(connections / ctx.cookies.length));
  const runs = ctx.cookies.map((cookie) =>
    autocannon({
      url: ctx.app.base,
      connections: per,
      duration: seconds,
      timeout: 30,
      headers: { cookie },
      requests: paths.map((p) => ({ method: "GET" as const, path: p })),
    }),
  );
  const results = await Promise.all(runs);
  const statuses: Record<string, number> = {};
  let requests = 0;
  let errors = 0;
  const p99: number[] = [];
  for (const r of results) {
    requests += r.requests.total;
    errors += r.errors + r.timeouts;
    p99.push(r.latency.p99);
    for (const [code, s] of Object.entries(
      (r as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ??
        {},
    ))
      statuses[code] = (statuses[code] ?? 0) + s.count;
  }
  return { requests, errors, statuses, p99: Math.max(...p99) };
}

const count5xx = (statuses: Record<string, number>, except: string[] = []) =>
  Object.entries(statuses)
    .filter(([c]) => c.startsWith("5") && !except.includes(c))
    .reduce((n, [, v]) => n + v, 0);

async function setup(): Promise<Ctx> {
  await ensureBuild();
  const t0 = Date.now();
  const pg = await OwnPostgres.create();
  log(`PostgreSQL proprio sulla porta ${pg.port} (${pg.dir})`);
  const admin = new Client({ connectionString: pg.url() });
  await admin.connect();
  await admin.query("CREATE DATABASE zona");
  await admin.end();
  const url = pg.url("zona");
  const report = await generateLoad(url, SCALES.district, { password: PASSWORD, log });
  log(`dati «district» generati in ${report.seconds.toFixed(1)} s`);
  const app = await startApp({ DATABASE_URL: url });
  log(
    `next start pronto su ${app.base} (preparazione in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  const cookies: string[] = [];
  for (const email of WORKERS) cookies.push(await signIn(app.base, email, PASSWORD));
  const ctx = { pg, url, app, cookies };
  for (const p of READS) {
    const res = await fetchWith(ctx, p);
    if (res.status !== 200) throw new Error(`${p} risponde ${res.status} prima del carico`);
  }
  return ctx;
}

async function sustained(ctx: Ctx): Promise<void> {
  const o: Outcome = { name: "carico sostenuto", ok: true, lines: [] };
  outcomes.push(o);
  // Memory is compared from the end of a warm-up at the same load: the heap first grows to its
  // working size, and only what it gains after that would be a leak.
  const warm = await drive(ctx, CONNECTIONS, Math.min(60, Math.max(10, SECONDS / 5)));
  const before = ctx.app.rssMb();
  log(`riscaldamento: ${warm.requests} richieste, memoria ${before} MB; carico per ${SECONDS} s…`);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, ctx.app.rssMb());
  }, 2000);
  const t0 = Date.now();
  const r = await drive(ctx, CONNECTIONS, SECONDS);
  clearInterval(sampler);
  const after = ctx.app.rssMb();
  const s = (Date.now() - t0) / 1000;
  const growth = (after - before) / before;
  o.lines.push(
    `${CONNECTIONS} utenti, ${s.toFixed(0)} s: ${r.requests} richieste (${(r.requests / s).toFixed(0)}/s), p99 ${r.p99} ms, stati ${JSON.stringify(r.statuses)}`,
  );
  check(
    o,
    count5xx(r.statuses) === 0 && r.errors === 0,
    `nessun 5xx né errore di rete (${count5xx(r.statuses)} 5xx, ${r.errors} errori)`,
  );
  check(
    o,
    growth < 0.2,
    `memoria da ${before} a ${after} MB (+${(growth * 100).toFixed(1)}%, picco ${peak} MB) < +20%`,
  );
}

/** A person no one else will create: the counter is spelled into the surname and the date. */
function uniquePerson(n: number, comuneId: string) {
  const letters = "BCDFGLMNPRSTVZ";
  let k = n;
  let cognome = "";
  for (let i = 0; i < 4; i++) {
    cognome += `${letters.charAt(k % letters.length)}A`;
    k = Math.floor(k / letters.length);
  }
  const dataNascita = `19${50 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`;
  const codiceFiscale = computeCodiceFiscale({
    surname: cognome,
    name: "Resilienza",
    sex: "F",
    birthDate: dataNascita,
    birthplace: "G388",
  });
  return {
    codiceFiscale,
    cognome,
    nome: "Resilienza",
    sesso: "F",
    dataNascita,
    cittadinanza: "Italiana",
    comuneId,
    indirizzo: "Via Prova 1",
  };
}

async function restart(ctx: Ctx): Promise<void> {
  const o: Outcome = { name: "PostgreSQL riavviato sotto carico", ok: true, lines: [] };
  outcomes.push(o);
  const db = new Client({ connectionString: ctx.url });
  await db.connect();
  const [pavia] = (
    await db.query("SELECT id FROM comuni WHERE nome = 'Pavia' ORDER BY istat LIMIT 1")
  ).rows as { id: string }[];
  await db.end();
  const created: string[] = [];
  const createStatuses: Record<string, number> = {};
  let running = true;
  let n = 0;
  const creator = (async () => {
    while (running) {
      const person = uniquePerson(++n, pavia?.id ?? "");
      try {
        const res = await fetchWith(ctx, "/api/v1/persons", {
          method: "POST",
          body: JSON.stringify(person),
        });
        createStatuses[res.status] = (createStatuses[res.status] ?? 0) + 1;
        if (res.status >= 200 && res.status < 300) created.push(person.codiceFiscale);
        await res.arrayBuffer();
      } catch {
        createStatuses.rete = (createStatuses.rete ?? 0) + 1;
      }
      await sleep(50);
    }
  })();
  const api = drive(
    ctx,
    5,
    25,
    READS.filter((p) => p.startsWith("/api/")),
  );
  const pages = drive(
    ctx,
    PAGE_CONNECTIONS,
    25,
    READS.filter((p) => !p.startsWith("/api/")),
  );
  await sleep(5000);
  const stopAt = Date.now();
  await ctx.pg.stop();
  log(`PostgreSQL fermato (${Date.now() - stopAt} ms)`);
  await sleep(1500);
  for (const p of ["/api/v1/requests", "/richieste"]) {
    const res = await fetchWith(ctx, p);
    check(
      o,
      res.status === 503 && Boolean(res.headers.get("retry-after")),
      `a database fermo ${p} risponde ${res.status}, Retry-After ${res.headers.get("retry-after")}`,
    );
    await res.arrayBuffer();
  }
  await sleep(3000);
  await ctx.pg.start();
  const up = Date.now();
  log("PostgreSQL riavviato");
  const recovered: Record<string, number> = {};
  while (Date.now() - up < 30_000 && Object.keys(recovered).length < 2) {
    for (const p of ["/api/v1/requests", "/richieste"]) {
      if (recovered[p] !== undefined) continue;
      const res = await fetchWith(ctx, p);
      if (res.status === 200) recovered[p] = Date.now() - up;
      await res.arrayBuffer();
    }
    await sleep(200);
  }
  for (const p of ["/api/v1/requests", "/richieste"]) {
    const ms = recovered[p];
    check(o, ms !== undefined && ms <= 10_000, `${p} di nuovo 200 dopo ${ms ?? "—"} ms (≤ 10 s)`);
  }
  const [ra, rp] = [await api, await pages];
  running = false;
  await creator;
  o.lines.push(
    `letture dell'API durante la prova: ${JSON.stringify(ra.statuses)}, ${ra.errors} errori di rete`,
    `pagine durante la prova: ${JSON.stringify(rp.statuses)}, ${rp.errors} errori di rete`,
  );

  o.lines.push(`creazioni: ${JSON.stringify(createStatuses)}`);
  check(
    o,
    count5xx(ra.statuses, ["503"]) === 0 && ra.errors + rp.errors === 0,
    "API: nessun 5xx diverso da 503; nessun errore di rete",
  );
  // A page whose render was already running when the connections were cut fails midway, and
  // Next.js answers a failed render with 500 (the App Router has no 503 for it); every page
  // asked for after that answers 503 from proxy.ts. So at most one 500 per page connection.
  check(
    o,
    count5xx(rp.statuses, ["503"]) <= PAGE_CONNECTIONS,
    `pagine: 500 solo per i render già in corso all'arresto (${count5xx(rp.statuses, ["503"])} ≤ ${PAGE_CONNECTIONS} connessioni)`,
  );
  check(
    o,
    Object.keys(createStatuses).every((c) => c === "201" || c === "503"),
    "le creazioni rispondono 201 o 503",
  );
  const after = new Client({ connectionString: ctx.url });
  await after.connect();
  const found = (
    await after.query("SELECT codice_fiscale FROM persone WHERE codice_fiscale = ANY($1)", [
      created,
    ])
  ).rows.length;
  await after.end();
  check(
    o,
    found === created.length && created.length > 0,
    `${found} di ${created.length} persone create con 2xx presenti dopo il riavvio`,
  );
}

async function kill(ctx: Ctx): Promise<void> {
  const o: Outcome = { name: "connessione interrotta a metà transazione", ok: true, lines: [] };
  outcomes.push(o);
  const db = new Client({ connectionString: ctx.url });
  await db.connect();
  const q = async <T>(text: string, values: unknown[] = []) =>
    (await db.query(text, values)).rows as T[];
  const [target] = await q<{ ambito: string; person: string; measure: string }>(
    `SELECT p.ambito_id AS ambito, p.id AS person, m.id AS measure
       FROM persone p JOIN misure m ON m.ambito_id = p.ambito_id AND m.codice = 'SAD'
       JOIN utenti_comuni uc ON uc.comune_id = p.comune_id
       JOIN utenti u ON u.id = uc.utente_id AND u.email = $1
      LIMIT 1`,
    [WORKERS[0]],
  );
  if (!target) throw new Error("nessuna persona per la prova");
  const snapshot = async () =>
    (
      await q<{ r: number; e: number; c: number; a: number }>(
        `SELECT (SELECT count(*)::int FROM richieste) AS r, (SELECT count(*)::int FROM eventi_richiesta) AS e,
                (SELECT coalesce(sum(ultimo), 0)::int FROM contatori_protocollo) AS c,
                (SELECT count(*)::int FROM registro_accessi) AS a`,
      )
    )[0];
  const before = await snapshot();
  // The filing writes the protocol counter, the request and its event, then the audit row,
  // whose trigger takes one of the ambito's 16 chain locks (migration 0021): holding them all
  // stops the transaction after its first writes.
  const holder = new Client({ connectionString: ctx.url });
  await holder.connect();
  await holder.query(
    "SELECT pg_advisory_lock(hashtext('registro_accessi:' || $1), g) FROM generate_series(0, 15) g",
    [target.ambito],
  );
  const marker = `Prova di resilienza ${Date.now()}: interruzione a metà.`;
  const pending = fetchWith(ctx, "/api/v1/requests", {
    method: "POST",
    body: JSON.stringify({
      personId: target.person,
      measureId: target.measure,
      importoMensile: 100,
      mesi: 6,
      motivazione: marker,
    }),
  });
  let pid: number | undefined;
  for (let i = 0; i < 100 && !pid; i++) {
    await sleep(100);
    const [w] = await q<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = 'zona' AND wait_event_type = 'Lock'
          AND wait_event = 'advisory' AND pid <> pg_backend_pid()`,
    );
    pid = w?.pid;
  }
  check(o, pid !== undefined, "la scrittura in più passi è ferma a metà (in attesa del registro)");
  if (pid) await q("SELECT pg_terminate_backend($1)", [pid]);
  await holder.query("SELECT pg_advisory_unlock_all()");
  await holder.end();
  const res = await pending;
  check(o, res.status === 503, `la richiesta interrotta risponde ${res.status} (503 atteso)`);
  const after = await snapshot();
  const leaked = await q(`SELECT id FROM richieste WHERE motivazione = $1`, [marker]);
  check(
    o,
    leaked.length === 0 && JSON.stringify(after) === JSON.stringify(before),
    `nessuna scrittura parziale: prima ${JSON.stringify(before)}, dopo ${JSON.stringify(after)}`,
  );
  const retry = await fetchWith(ctx, "/api/v1/requests", {
    method: "POST",
    body: JSON.stringify({
      personId: target.person,
      measureId: target.measure,
      importoMensile: 100,
      mesi: 6,
      motivazione: `${marker} Ripetuta.`,
    }),
  });
  check(
    o,
    retry.status === 201,
    `ripetuta subito dopo, la stessa richiesta risponde ${retry.status}`,
  );
  await db.end();
  const handle = openDb({ databaseUrl: ctx.url, poolSize: 1 });
  const chain = await verifyAuditChain(handle.db);
  await handle.close();
  check(o, chain.breaks.length === 0, `registro accessi integro (${chain.checked} righe)`);
}

function digest(dir: string): string {
  const h = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest("hex");
}

async function pglite(): Promise<void> {
  const o: Outcome = { name: "cartella PGlite non scrivibile", ok: true, lines: [] };
  outcomes.push(o);
  await ensureBuild();
  const dir = mkdtempSync(path.join(tmpdir(), "zona-resilienza-pglite-"));
  try {
    const handle = openDb({ pgliteDir: dir });
    await handle.migrate();
    await handle.close();
    const before = digest(dir);
    // Readable, and writable by nobody: the server runs without the capability that lets root
    // write anyway (setpriv), so the permissions hold even when the tests run as root.
    const lock = (d: string) => {
      chmodSync(d, 0o555);
      for (const name of readdirSync(d)) {
        const p = path.join(d, name);
        if (statSync(p).isDirectory()) lock(p);
        else chmodSync(p, 0o444);
      }
    };
    lock(dir);
    chmodSync(path.dirname(dir), statSync(path.dirname(dir)).mode);
    const t0 = Date.now();
    const app = await startApp(
      { DATABASE_URL: "", PGLITE_DATA_DIR: dir },
      { withoutDacOverride: process.getuid?.() === 0, waitHealthy: false },
    );
    const code = await Promise.race([
      new Promise<number | null>((r) => app.proc.once("exit", (c) => r(c))),
      sleep(60_000).then(() => "timeout" as const),
    ]);
    await app.stop();
    const out = app.output();
    check(
      o,
      code !== null && code !== 0 && code !== "timeout",
      `il server si ferma (codice ${code}) in ${Date.now() - t0} ms`,
    );
    check(
      o,
      /non è scrivibile/.test(out),
      `messaggio chiaro: ${(/\[zona\][^\n]*/.exec(out)?.[0] ?? out.slice(-300)).trim()}`,
    );
    check(o, digest(dir) === before, "la cartella è intatta (stessi file, stessi byte)");
  } finally {
    const unlock = (d: string) => {
      chmodSync(d, 0o755);
      for (const name of readdirSync(d)) {
        const p = path.join(d, name);
        if (statSync(p).isDirectory()) unlock(p);
      }
    };
    try {
      unlock(dir);
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const wanted = process.argv.slice(2);
  const all = ["sustained", "restart", "kill", "pglite"];
  const chosen = wanted.length ? wanted : all;
  const unknown = chosen.filter((s) => !all.includes(s));
  if (unknown.length)
    throw new Error(`scenari sconosciuti: ${unknown.join(", ")} (noti: ${all.join(", ")})`);
  const t0 = Date.now();
  const needPg = chosen.some((s) => s !== "pglite");
  let ctx: Ctx | undefined;
  try {
    if (needPg) ctx = await setup();
    for (const s of chosen) {
      const started = Date.now();
      log(`— ${s}`);
      try {
        if (s === "sustained" && ctx) await sustained(ctx);
        if (s === "restart" && ctx) await restart(ctx);
        if (s === "kill" && ctx) await kill(ctx);
        if (s === "pglite") await pglite();
      } catch (e) {
        outcomes.push({
          name: s,
          ok: false,
          lines: [`NO  ${e instanceof Error ? e.message : String(e)}`],
        });
      }
      const last = outcomes[outcomes.length - 1];
      last?.lines.push(`durata ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    if (ctx) {
      await ctx.app.stop();
      await ctx.pg.destroy();
    }
  }
  console.log(
    `\nResilienza (${((Date.now() - t0) / 1000).toFixed(0)} s in tutto, radice ${ROOT}):`,
  );
  for (const o of outcomes) {
    console.log(`${o.ok ? "PASS" : "FAIL"} ${o.name}`);
    for (const l of o.lines) console.log(`     ${l}`);
  }
  const passed = outcomes.filter((o) => o.ok).length;
  console.log(`${passed} passed, ${outcomes.length - passed} failed`);
  process.exitCode = passed === outcomes.length ? 0 : 1;
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
