/** The environment of the servers the end-to-end tests start (playwright.config.ts, db-refusal). */
export function serverEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  // A real PostgreSQL when DATABASE_URL is given (it persists across runs: the tests create
  // unique data), otherwise a fresh in-memory PGlite per run.
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
  else env.PGLITE_DATA_DIR = "memory://";
  env.SEED_DEMO = "true";
  env.AUTH_SECRET = "e2e-secret-not-for-production-0123456789";
  env.AUTH_TRUST_HOST = "true";
  return env;
}
