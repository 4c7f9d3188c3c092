import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Server = {
  base: string;
  process: ChildProcess;
  /** Resident memory of the server and its children, in MB. */
  rssMb: () => number;
  stop: () => Promise<void>;
};

const root = path.resolve(import.meta.dirname, "..");

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) kids.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return kids;
}

/** Resident memory of a process and its descendants, in kB. */
function rssOfTree(pid: number): number {
  let kb = 0;
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    kb += Number(m?.[1] ?? 0);
  } catch {
    return 0;
  }
  return kb + childrenOf(pid).reduce((sum, kid) => sum + rssOfTree(kid), 0);
}

async function waitFor(url: string, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** `next start` of a built app in `dir`, on `port`, once `readyPath` answers 2xx. */
export async function startNext(opts: {
  dir?: string;
  port: number;
  env: Record<string, string>;
  readyPath: string;
}): Promise<Server> {
  const child = spawn(
    path.join(root, "node_modules", ".bin", "next"),
    ["start", opts.dir ?? ".", "-p", String(opts.port), "-H", "127.0.0.1"],
    { cwd: root, env: { ...process.env, NODE_ENV: "production", ...opts.env }, stdio: "pipe" },
  );
  let log = "";
  child.stdout?.on("data", (d) => {
    log = (log + d).slice(-4000);
  });
  child.stderr?.on("data", (d) => {
    log = (log + d).slice(-4000);
  });
  const base = `http://127.0.0.1:${opts.port}`;
  try {
    await waitFor(base + opts.readyPath, 60);
  } catch (e) {
    child.kill("SIGKILL");
    throw new Error(`${(e as Error).message}\n${log}`);
  }
  return {
    base,
    process: child,
    rssMb: () => Math.round(rssOfTree(child.pid ?? 0) / 1024),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

/** Samples `read` every `ms` until stopped; gives the first, peak and last samples. */
export function sampler(read: () => number, ms = 500) {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(read()), ms);
  samples.push(read());
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(read());
      return {
        first: samples[0] ?? 0,
        peak: Math.max(...samples),
        last: samples.at(-1) ?? 0,
      };
    },
  };
}
