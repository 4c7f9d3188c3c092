const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs are checked before they reach SQL, where a malformed uuid is an error. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

function pgCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 3 && cur && typeof cur === "object"; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string") return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isUniqueViolation(e: unknown): boolean {
  return pgCode(e) === "23505";
}

export function isCheckViolation(e: unknown): boolean {
  return pgCode(e) === "23514";
}

// Connection exceptions (08…), the server shutting down or starting (57P01–57P03), and a
// database in recovery: the database is away for now, and the request may be tried again.
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
  "the database system is",
];

/** Whether an error means "the database cannot be reached now" rather than a wrong query. */
export function isDatabaseUnavailable(e: unknown): boolean {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === "object"; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string") {
      if (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code) || code.startsWith("08"))
        return true;
    }
    const message = (cur as { message?: unknown }).message;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((m) => message.includes(m)))
      return true;
    const errors = (cur as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.some((x) => isDatabaseUnavailable(x))) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The pool had no free connection within its wait: every connection is busy, which is load,
 * not a database that is away. Still worth a 503, but it must not mark the database down (that
 * would turn every page into a 503 until a probe, itself waiting for a connection, gets one).
 */
export function isPoolExhausted(e: unknown): boolean {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === "object"; i++) {
    const message = (cur as { message?: unknown }).message;
    if (typeof message === "string" && message.includes("timeout exceeded when trying to connect"))
      return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}
