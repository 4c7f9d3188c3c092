import { readEnv } from "@/lib/env";
import type { DbHandle } from "./client";
import { demoLoginsText, isEmpty, seedDatabase } from "./seed";

/** Whether demo people and accounts may be created: never in production unless asked for. */
export function demoAllowed(env = readEnv()): boolean {
  if (env.SEED_DEMO) return env.SEED_DEMO === "true";
  return env.NODE_ENV !== "production";
}

/** Applies the migrations and seeds an empty database. Safe to run at every start. */
export async function prepareDatabase(
  handle: DbHandle,
  log: (line: string) => void = console.log,
): Promise<void> {
  const env = readEnv();
  await handle.migrate();
  if (await isEmpty(handle.db)) {
    const demo = demoAllowed(env);
    await seedDatabase(handle.db, { demo, password: env.DEMO_PASSWORD, log });
    if (demo) log(demoLoginsText(env.DEMO_PASSWORD));
  }
}
