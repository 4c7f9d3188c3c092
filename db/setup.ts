import { eq } from "drizzle-orm";
import { readEnv } from "@/lib/env";
import type { DbHandle } from "./client";
import { users } from "./schema";
import { DEMO_ACCOUNTS, demoLoginsText, isEmpty, seedDatabase } from "./seed";

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
  const demo = demoAllowed(env);
  if (await isEmpty(handle.db)) {
    await seedDatabase(handle.db, { demo, password: env.DEMO_PASSWORD, log });
  }
  const demoUser = DEMO_ACCOUNTS[0]?.email ?? "";
  const hasDemo = await handle.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoUser))
    .limit(1);
  if (demo && hasDemo.length > 0) log(demoLoginsText(env.DEMO_PASSWORD));
}
