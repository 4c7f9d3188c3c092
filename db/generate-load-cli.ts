import { parseArgs } from "node:util";
import { readEnv } from "@/lib/env";
import { generateLoad, LOAD_TOTP_SECRET, SCALES, scaled } from "./load/generate";

const USAGE =
  "Uso: npm run db:generate-load -- --scale district|region [--fraction 0.1] (richiede DATABASE_URL)";

async function main() {
  const { values } = parseArgs({
    options: { scale: { type: "string" }, fraction: { type: "string" } },
  });
  const base =
    values.scale === "district" || values.scale === "region" ? SCALES[values.scale] : null;
  const fraction = values.fraction === undefined ? 1 : Number(values.fraction);
  if (!base || !(fraction > 0 && fraction <= 1)) {
    console.error(USAGE);
    process.exit(2);
  }
  const env = readEnv();
  if (!env.DATABASE_URL) {
    console.error(
      "Il generatore di carico funziona solo su PostgreSQL: imposta DATABASE_URL (con PGlite, il database incorporato, non è disponibile).",
    );
    process.exit(2);
  }
  const scale = scaled(base, fraction);
  console.log(
    `Generazione «${scale.name}»: ${scale.ambiti} ambiti, ${scale.persons.toLocaleString("it-IT")} persone, ${scale.requests.toLocaleString("it-IT")} richieste, ${scale.cases.toLocaleString("it-IT")} cartelle.`,
  );
  const report = await generateLoad(env.DATABASE_URL, scale, {
    password: env.DEMO_PASSWORD,
    log: console.log,
  });
  const counts = Object.entries(report.counts)
    .map(([k, v]) => `${k} ${v.toLocaleString("it-IT")}`)
    .join(", ");
  console.log(`Fatto in ${report.seconds.toFixed(1)} s: ${counts}.`);
  const sample = report.accounts.filter((u) => u.ambito === report.accounts[0]?.ambito);
  console.log(
    `Accessi generati (${report.accounts.length} in tutto, password DEMO_PASSWORD; coordinatori e amministratori con TOTP ${LOAD_TOTP_SECRET}), per esempio:`,
  );
  for (const u of sample) console.log(`  ${u.email}  ${u.ruolo}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
