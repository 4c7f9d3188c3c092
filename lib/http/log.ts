/**
 * Logs an unexpected error without its data: PostgreSQL's `detail` carries the offending
 * values (a codice fiscale, a name), so only the code, the message and the stack are kept.
 */
export function logError(where: string, e: unknown): void {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    const cause = e.cause instanceof Error ? ` (causa: ${e.cause.message})` : "";
    console.error(
      `[zona] ${where}: ${e.name}${code ? ` ${String(code)}` : ""}: ${e.message}${cause}\n${e.stack ?? ""}`,
    );
  } else {
    console.error(`[zona] ${where}: errore non riconosciuto`);
  }
}
