import { isIsoDate } from "@/lib/domain/eligibility";
import { readEnv } from "@/lib/env";
import { openDb } from "./client";
import { closeEndedBenefitsEverywhere } from "./close-benefits";

// npm run benefits:close                   → concludes what ended before today (Italy)
// npm run benefits:close -- --al 2026-07-01 → as if today were that date
async function main() {
  const env = readEnv();
  const at = process.argv.indexOf("--al");
  const today = at >= 0 ? (process.argv[at + 1] ?? "") : undefined;
  if (today !== undefined && !isIsoDate(today))
    throw new Error(`Data non valida per --al: «${today}» (usa AAAA-MM-GG).`);
  const handle = openDb({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DATA_DIR });
  try {
    for (const r of await closeEndedBenefitsEverywhere(handle.db, today)) {
      if (r.coordinatore === null)
        console.log(`${r.ambito}: nessun coordinatore attivo, nessuna modifica.`);
      else console.log(`${r.ambito}: erogazioni concluse alla data di fine: ${r.concluse}.`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
