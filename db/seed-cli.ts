import { readEnv } from "@/lib/env";
import { openDb } from "./client";
import { demoLoginsText, isEmpty, seedDatabase } from "./seed";
import { demoAllowed } from "./setup";

async function main() {
  const env = readEnv();
  const handle = openDb({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DATA_DIR });
  await handle.migrate();
  if (!(await isEmpty(handle.db))) {
    console.log("Il database contiene già dati: nessun seed eseguito.");
  } else {
    const demo = demoAllowed(env);
    await seedDatabase(handle.db, { demo, password: env.DEMO_PASSWORD, log: console.log });
    if (demo) console.log(demoLoginsText(env.DEMO_PASSWORD));
    else console.log("NODE_ENV=production: nessun dato dimostrativo (SEED_DEMO=true per crearli).");
  }
  await handle.close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
