import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

export function log(line: string): void {
  console.log(`[resilienza ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** initdb refuses root: as root, the cluster belongs to an unprivileged user (postgres). */
const RUN_AS = process.getuid?.() === 0 ? (process.env.RESILIENCE_PG_USER ?? "postgres") : null;

function asPgUser(cmd: string, args: string[]): [string, string[]] {
  return RUN_AS ? ["runuser", ["-u", RUN_AS, "--", cmd, ...args]] : [cmd, args];
}

function userIds(name: string): { uid: number; gid: number } {
  return {
    uid: Number(execFileSync("id", ["-u", name]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", name]).toString().trim()),
  };
}

/** A PostgreSQL cluster of the test's own, in a temporary folder, on a free port. */
export class OwnPostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<OwnPostgres> {
    const dir = mkdtempSync(path.join(tmpdir(), "zona-resilienza-pg-"));
    if (RUN_AS) {
      const { uid, gid } = userIds(RUN_AS);
      chownSync(dir, uid, gid);
    }
    chmodSync(dir, 0o700);
    const port = await freePort();
    const [cmd, args] = asPgUser(path.join(PG_BIN, "initdb"), [
      "-D",
      path.join(dir, "data"),
      "-U",
      "postgres",
      "--auth=trust",
      "--no-sync",
      "-E",
      "UTF8",
    ]);
    execFileSync(cmd, args, { stdio: "ignore" });
    const pg = new OwnPostgres(dir, port);
    await pg.start();
    return pg;
  }

  url(db = "postgres"): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${db}`;
  }

  private ctl(args: string[]): void {
    const [cmd, a] = asPgUser(path.join(PG_BIN, "pg_ctl"), [
      "-D",
      path.join(this.dir, "data"),
      "-w",
      "-t",
      "60",
      ...args,
    ]);
    execFileSync(cmd, a, { stdio: "ignore" });
  }

  async start(): Promise<void> {
    this.ctl([
      "-o",
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`,
      "-l",
      path.join(this.dir, "log"),
      "start",
    ]);
  }

  /** Fast shutdown: connections are cut, as when the server is restarted for real. */
  async stop(): Promise<void> {
    this.ctl(["-m", "fast", "stop"]);
  }

  async destroy(): Promise<void> {
    try {
      await this.stop();
    } catch {}
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function ensureBuild(): Promise<void> {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    log("build di produzione esistente (.next) riutilizzata");
    return;
  }
  log("next build…");
  execFileSync(bin("next"), ["build"], { cwd: ROOT, stdio: "inherit" });
}

export type App = {
  base: string;
  proc: ChildProcess;
  output: () => string;
  rssMb: () => number;
  stop: () => Promise<void>;
};

/** `next start` on a free port against `env`, waiting until it answers (or exits). */
export async function startApp(
  env: Record<string, string | undefined>,
  opts: { withoutDacOverride?: boolean; waitHealthy?: boolean } = {},
): Promise<App> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = ["start", "-p", String(port), "-H", "127.0.0.1"];
  const fullEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    AUTH_SECRET: randomBytes(32).toString("hex"),
    AUTH_TRUST_HOST: "true",
    SEED_DEMO: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  } as NodeJS.ProcessEnv;
  // As root, file permissions bind only without CAP_DAC_OVERRIDE: setpriv drops it (and the
  // read bypass) for the server and its children. Another user instead would need to reach
  // the checkout, which a clone in a mktemp folder (mode 700) does not allow.
  const proc = opts.withoutDacOverride
    ? spawn(
        "setpriv",
        ["--bounding-set=-dac_override,-dac_read_search", "--", bin("next"), ...args],
        { cwd: ROOT, env: fullEnv },
      )
    : spawn(bin("next"), args, { cwd: ROOT, env: fullEnv });
  let out = "";
  proc.stdout?.on("data", (d) => {
    out += d;
  });
  proc.stderr?.on("data", (d) => {
    out += d;
  });
  const app: App = {
    base,
    proc,
    output: () => out,
    rssMb: () => rssOfTree(proc.pid ?? 0),
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill("SIGTERM");
        await Promise.race([new Promise((r) => proc.once("exit", r)), sleep(10_000)]);
        if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
      }
    },
  };
  if (opts.waitHealthy === false) return app;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`next start è terminato:\n${out}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return app;
    } catch {}
    await sleep(500);
  }
  await app.stop();
  throw new Error(`next start non risponde entro 120 s:\n${out}`);
}

/** Resident memory (MB) of a process and its children (next start runs the server in a child). */
export function rssOfTree(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      for (const c of children ? children.split(/\s+/) : []) visit(Number(c));
    } catch {}
  };
  visit(pid);
  return Math.round(kb / 1024);
}

/** Signs in through Auth.js's own endpoints and answers the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, otp: "" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.includes("session-token="));
  if (!session) throw new Error(`accesso di ${email} non riuscito (${res.status})`);
  return session;
}
