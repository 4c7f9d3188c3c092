import type { Permission } from "@/lib/auth/policy";

/**
 * Whether the application's comune check is switched off, for one end-to-end test
 * (e2e/db-refusal.spec.ts): a `next dev` server started with ZONA_TEST_BYPASS_APP_SCOPE=1, where
 * whatever an operator of another comune cannot reach has been refused by the database's
 * row-level security alone. Next writes "production" in place of process.env.NODE_ENV when it
 * builds, and the minifier drops the branch: the production build carries neither the variable's
 * name nor this code (the spec checks .next/server).
 */
export function appScopeBypassed(permission: Permission): boolean {
  if (process.env.NODE_ENV !== "production" && process.env.ZONA_TEST_BYPASS_APP_SCOPE === "1") {
    // One line per bypassed check: the spec reads them in the server's output.
    console.warn(`[zona-test] filtro dei comuni dell'applicazione aggirato: ${permission}`);
    return true;
  }
  return false;
}
