export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { dbHandle } = await import("./db/client");
  const { prepareDatabase } = await import("./db/setup");
  try {
    await prepareDatabase(dbHandle());
  } catch (e) {
    // A server that cannot prepare its database must not serve: say why, and stop.
    console.error(`[zona] Avvio interrotto: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

/** A page or action that failed because the database is away makes the next pages answer 503. */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, isPoolExhausted } = await import("./lib/data/pg-errors");
  if (!isDatabaseUnavailable(error) || isPoolExhausted(error)) return;
  const { markDatabaseDown } = await import("./db/health");
  markDatabaseDown();
}
