import { readEnv } from "@/lib/env";
import { storeFromEnv } from "@/lib/storage/from-env";
import { openDb } from "./client";
import { anonymise, retentionCandidates } from "./retention";

// npm run retention            → report only (dry run)
// npm run retention -- --apply → anonymise what the report lists
async function main() {
  const env = readEnv();
  const apply = process.argv.includes("--apply");
  const handle = openDb({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DATA_DIR });
  const candidates = await retentionCandidates(handle.db, env.RETENTION_YEARS);
  console.log(
    `Conservazione: ${candidates.length} persone con tutte le cartelle chiuse da più di ${env.RETENTION_YEARS} anni.`,
  );
  for (const c of candidates.slice(0, 20))
    console.log(`  ${c.id} · ultima chiusura ${c.ultimaChiusura.slice(0, 10)}`);
  if (candidates.length > 20) console.log(`  … e altre ${candidates.length - 20}`);
  if (apply)
    console.log(`Anonimizzate: ${await anonymise(handle.db, candidates, storeFromEnv(env))}.`);
  else if (candidates.length)
    console.log("Nessuna modifica (prova). Per anonimizzare: npm run retention -- --apply");
  await handle.close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
