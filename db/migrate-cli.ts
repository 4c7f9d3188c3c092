import { readEnv } from "@/lib/env";
import { openDb } from "./client";

async function main() {
  const env = readEnv();
  const handle = openDb({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DATA_DIR });
  await handle.migrate();
  console.log(`Migrazioni applicate (${handle.driver}).`);
  await handle.close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
