export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { dbHandle } = await import("./db/client");
  const { prepareDatabase } = await import("./db/setup");
  await prepareDatabase(dbHandle());
}

/** A page or action that failed because the database is away makes the next pages answer 503. */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("./lib/data/pg-errors");
  if (!isDatabaseUnavailable(error)) return;
  const { markDatabaseDown } = await import("./db/health");
  markDatabaseDown();
}
