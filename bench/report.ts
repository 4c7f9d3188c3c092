import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RouteJs } from "./bundle";
import type { Figures } from "./stats";

export type ScenarioResult = {
  name: string;
  http: Figures & { statuses: Record<string, number> };
  db: Figures | null;
  rssPeakMb: number;
  /** p95 over (framework floor p95 + database floor p95). */
  floorRatio: number | null;
  /** Throughput over the trivial page's. */
  throughputRatio: number;
  target: { p95: number; ratio: number };
  met: boolean;
};

export type BenchRun = {
  date: string;
  scale: string;
  machine: { cpus: number; node: string };
  data: Record<string, number>;
  connections: number;
  seconds: number;
  frameworkFloor: Figures;
  scenarios: ScenarioResult[];
  memory: { startMb: number; peakMb: number };
  overCommit: { linesOver: number; committedDelta: number; committedByApprovals: number };
  firstLoadJs: RouteJs[];
};

const root = path.resolve(import.meta.dirname, "..");
const f = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? "—" : n.toFixed(digits);

export function writeResults(run: BenchRun): string {
  const dir = path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${run.date.slice(0, 10)}-${run.scale}.json`);
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  return file;
}

export function tableOf(run: BenchRun): string {
  const fl = run.frameworkFloor;
  const lines = [
    `### ${run.scale} — ${run.date.slice(0, 16).replace("T", " ")} UTC`,
    "",
    `${run.machine.cpus} core, Node ${run.machine.node}, ${run.connections} utenti concorrenti, ${run.seconds} s per scenario. Dati: ${Object.entries(
      run.data,
    )
      .map(([k, v]) => `${v.toLocaleString("it-IT")} ${k}`)
      .join(", ")}.`,
    "",
    `Pavimento del framework (pagina dinamica banale): p50 ${f(fl.p50, 1)} ms, p95 ${f(fl.p95, 1)} ms, p99 ${f(fl.p99, 1)} ms, ${f(fl.rps)} req/s.`,
    "",
    "| scenario | p50 ms | p95 ms | p99 ms | req/s | errori | p95 DB ms | p95 / (framework + DB) | req/s / banale | RSS max MB | obiettivo |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...run.scenarios.map(
      (s) =>
        `| ${s.name} | ${f(s.http.p50, 1)} | ${f(s.http.p95, 1)} | ${f(s.http.p99, 1)} | ${f(s.http.rps)} | ${s.http.errors} | ${f(s.db?.p95, 1)} | ${f(s.floorRatio, 2)} | ${f(s.throughputRatio, 2)} | ${s.rssPeakMb} | ${s.met ? "✅" : "❌"} p95 ≤ ${s.target.p95} e ≤ ${s.target.ratio}× |`,
    ),
    "",
    `Memoria del server: ${run.memory.startMb} MB all'avvio, ${run.memory.peakMb} MB al massimo. Budget: ${run.overCommit.linesOver} voci oltre lo stanziato; impegnato cresciuto di ${f(run.overCommit.committedDelta, 2)} €, impegnato dalle approvazioni riuscite ${f(run.overCommit.committedByApprovals, 2)} €.`,
    "",
    `JavaScript al primo caricamento (gzip), le rotte più pesanti: ${run.firstLoadJs
      .slice(0, 6)
      .map((r) => `${r.route} ${r.kbGzip} KB`)
      .join(", ")}.`,
  ];
  return lines.join("\n");
}

/** Replaces this scale's section of docs/performance.md (between its markers) with the run. */
export function updatePerformanceDoc(run: BenchRun): string {
  const file = path.join(root, "docs", "performance.md");
  const start = `<!-- bench:${run.scale}:start -->`;
  const end = `<!-- bench:${run.scale}:end -->`;
  let doc = existsSync(file) ? readFileSync(file, "utf8") : "# Prestazioni\n";
  const block = `${start}\n${tableOf(run)}\n${end}`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  doc =
    a >= 0 && b > a
      ? doc.slice(0, a) + block + doc.slice(b + end.length)
      : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc);
  return file;
}
