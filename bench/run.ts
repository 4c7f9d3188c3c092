/**
 * `npm run bench -- --scale district|region [--seconds N] [--connections N] [--no-generate]`:
 * the production build against a generated PostgreSQL database, driven by autocannon as
 * logged-in users, beside the framework floor (a trivial dynamic page) and the database floor
 * (the same data-layer calls run directly). Writes bench/results/ and docs/performance.md.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDb } from "@/db/client";
import { loadActor } from "@/lib/data/actors";
import { openSession } from "@/lib/data/sessions";
import { firstLoadJs } from "./bundle";
import { loop } from "./db-floor";
import { type Connection, drive } from "./load";
import { type BenchRun, type ScenarioResult, updatePerformanceDoc, writeResults } from "./report";
import { SCENARIOS, type Seat } from "./scenarios";
import { sampler, startNext } from "./server";
import { login } from "./session";
import { approvable, budgetState, committedBy, peopleOf, usersOf } from "./targets";

const root = path.resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "district" },
    seconds: { type: "string" },
    connections: { type: "string", default: "20" },
    "no-generate": { type: "boolean", default: false },
  },
});
const scale = args.scale === "region" ? "region" : "district";
const seconds = Number(args.seconds ?? (scale === "region" ? 20 : 10));
const connections = Number(args.connections);
const EXPECTED_REQUESTS = { district: 25_000, region: 3_000_000 };
const LIMITS = { idleMinutes: 600, absoluteHours: 24 };
const password = process.env.DEMO_PASSWORD ?? "zona-demo-2026";
const log = (line: string) => console.log(`[bench] ${line}`);

function build(dir: string) {
  if (existsSync(path.join(root, dir, ".next", "BUILD_ID"))) return;
  log(`next build ${dir}`);
  // Turbopack, given the floor's folder inside Zona's, still compiles Zona's proxy.ts and
  // instrumentation.ts into it (and fails on their imports); webpack builds only the floor.
  const flags = dir === "." ? [] : ["--webpack"];
  const r = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build", ...flags, dir], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error(`next build ${dir} failed`);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL: il benchmark gira su PostgreSQL (database generato)");
  const handle = openDb({ databaseUrl: url, poolSize: connections + 5 });
  const db = handle.db;
  // Zero on a database not migrated yet: the generator migrates and seeds it first.
  const count = async (table: string): Promise<number> => {
    const one = async (q: string) =>
      ((await db.execute(sql.raw(q))) as unknown as { rows: { n: string | null }[] }).rows[0]?.n;
    if (!(await one(`select to_regclass('${table}')::text as n`))) return 0;
    return Number((await one(`select count(*)::bigint as n from ${table}`)) ?? 0);
  };
  if ((await count("richieste")) < EXPECTED_REQUESTS[scale] * 0.9 && !args["no-generate"]) {
    log(`genero i dati (${scale})`);
    const r = spawnSync("npm", ["run", "db:generate-load", "--", "--scale", scale], {
      cwd: root,
      stdio: "inherit",
      env: process.env,
    });
    if (r.status !== 0) throw new Error("db:generate-load failed");
  }
  const data = {
    ambiti: await count("ambiti"),
    comuni: await count("comuni"),
    persone: await count("persone"),
    richieste: await count("richieste"),
    "eventi delle richieste": await count("eventi_richiesta"),
    cartelle: await count("cartelle"),
  };
  log(`dati: ${JSON.stringify(data)}`);
  build(".");
  build("bench/floor-app");

  log("pavimento del framework");
  const floorApp = await startNext({ dir: "bench/floor-app", port: 3391, env: {}, readyPath: "/" });
  const trivial: Connection[] = [{ cookie: "", requests: [{ method: "GET", path: "/" }] }];
  await drive(floorApp.base, trivial.concat(trivial), 2); // warm-up
  const frameworkFloor = await drive(
    floorApp.base,
    Array.from({ length: connections }, () => trivial[0] as Connection),
    seconds,
  );
  await floorApp.stop();
  log(`pavimento: p95 ${frameworkFloor.p95} ms, ${frameworkFloor.rps} req/s`);

  const app = await startNext({
    port: 3392,
    readyPath: "/api/health",
    env: {
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      SEED_DEMO: "false",
    },
  });
  const startMb = app.rssMb();
  let peakMb = startMb;
  const seats: Record<string, Seat[]> = {};
  for (const role of new Set(SCENARIOS.map((s) => s.role))) {
    const users = await usersOf(db, role, connections);
    if (users.length === 0) throw new Error(`nessun utente ${role} con cui accedere`);
    const queue = new Map<string, string[]>();
    seats[role] = [];
    for (const user of users) {
      const cookie = await login(app.base, {
        email: user.email,
        password,
        totpSecret: user.totpSecret,
      });
      const sessionId = await openSession(db, user);
      const [u] = (
        (await db.execute(
          sql`select session_version as sv from utenti where id = ${user.id}`,
        )) as unknown as { rows: { sv: number }[] }
      ).rows;
      const actor = await loadActor(
        db,
        { userId: user.id, sessionVersion: u?.sv ?? 1, sessionId },
        "127.0.0.1",
        LIMITS,
      );
      if (!actor) throw new Error(`attore non caricato per ${user.email}`);
      if (!queue.has(user.ambitoId))
        queue.set(user.ambitoId, await approvable(db, user.ambitoId, 20_000));
      seats[role].push({
        user,
        actor,
        cookie,
        people: user.comuneId ? await peopleOf(db, user.comuneId, 40) : [],
        approvable: [],
      });
    }
    // Deal each ambito's approvable requests out to its seats, so no two seats share one.
    for (const [ambitoId, ids] of queue) {
      const mine = seats[role].filter((s) => s.user.ambitoId === ambitoId);
      for (const [i, id] of ids.entries()) (mine[i % mine.length] as Seat).approvable.push(id);
    }
    log(`${role}: ${seats[role].length} sessioni`);
  }

  const budgetBefore = await budgetState(db);
  const attempted: string[] = [];
  const results: ScenarioResult[] = [];
  for (const sc of SCENARIOS) {
    const list = seats[sc.role] as Seat[];
    const track = (s: Seat) => {
      const r = sc.next?.(s) ?? null;
      const id = r?.path.split("/")[4];
      if (id) attempted.push(id);
      return r;
    };
    const conns: Connection[] = Array.from({ length: connections }, (_, i) => {
      const seat = list[i % list.length] as Seat;
      return {
        cookie: seat.cookie,
        requests: sc.requests(seat),
        next: sc.next && (() => track(seat)),
      };
    });
    const mem = sampler(app.rssMb);
    const http = await drive(app.base, conns, seconds, sc.ok);
    const m = mem.stop();
    peakMb = Math.max(peakMb, m.peak);
    const floor = await loop(
      async (i) => {
        const seat = list[i % list.length] as Seat;
        if (sc.next && seat.approvable.length > 0) attempted.push(seat.approvable.at(-1) as string);
        await sc.floor(db, seat, i);
      },
      connections,
      seconds,
    );
    const floorRatio = floor.p95 > 0 ? http.p95 / (frameworkFloor.p95 + floor.p95) : null;
    const throughputRatio = http.rps / frameworkFloor.rps;
    const met =
      http.errors === 0 &&
      http.p95 <= sc.target.p95 &&
      floorRatio !== null &&
      floorRatio <= sc.target.ratio;
    results.push({
      name: sc.name,
      http,
      db: floor,
      rssPeakMb: m.peak,
      floorRatio: floorRatio === null ? null : Math.round(floorRatio * 100) / 100,
      throughputRatio: Math.round(throughputRatio * 100) / 100,
      target: sc.target,
      met,
    });
    log(
      `${sc.name}: p50 ${http.p50} p95 ${http.p95} p99 ${http.p99} ms, ${http.rps} req/s, ` +
        `errori ${http.errors} ${JSON.stringify(http.statuses)}; DB p95 ${floor.p95} ms; ` +
        `× pavimenti ${floorRatio?.toFixed(2)}; RSS ${m.peak} MB`,
    );
  }
  await app.stop();
  const budgetAfter = await budgetState(db);
  const run: BenchRun = {
    date: new Date().toISOString(),
    scale,
    machine: { cpus: os.cpus().length, node: process.version },
    data,
    connections,
    seconds,
    frameworkFloor,
    scenarios: results,
    memory: { startMb, peakMb },
    overCommit: {
      linesOver: budgetAfter.oltre,
      committedDelta: Math.round((budgetAfter.impegnato - budgetBefore.impegnato) * 100) / 100,
      committedByApprovals: await committedBy(db, attempted),
    },
    firstLoadJs: firstLoadJs(root),
  };
  await handle.close();
  log(`risultati: ${writeResults(run)}`);
  log(`tabella: ${updatePerformanceDoc(run)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
