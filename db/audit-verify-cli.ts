import { readEnv } from "@/lib/env";
import { verifyAuditChain } from "./audit-verify";
import { openDb } from "./client";

async function main() {
  const env = readEnv();
  const handle = openDb({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DATA_DIR });
  const report = await verifyAuditChain(handle.db);
  await handle.close();
  if (report.breaks.length === 0) {
    console.log(
      `Registro accessi integro: ${report.checked} righe verificate in ${report.ambiti} catene.`,
    );
    return;
  }
  console.error(
    `Registro accessi ALTERATO: ${report.breaks.length} interruzioni su ${report.checked} righe.`,
  );
  for (const b of report.breaks.slice(0, 50)) {
    console.error(`  ambito ${b.ambitoId ?? "-"} · riga ${b.id} · seq ${b.seq}: ${b.reason}`);
  }
  process.exitCode = 1;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
