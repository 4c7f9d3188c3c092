export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { dbHandle } = await import("./db/client");
  const { prepareDatabase } = await import("./db/setup");
  await prepareDatabase(dbHandle());
}
