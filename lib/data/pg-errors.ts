const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs are checked before they reach SQL, where a malformed uuid is an error. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

type ErrorLike = { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };

/** The error and the causes it wraps (drizzle wraps the driver's error), at most `depth`. */
function* causes(e: unknown, depth: number): Generator<ErrorLike> {
  let cur: unknown = e;
  for (let i = 0; i < depth && cur && typeof cur === "object"; i++) {
    yield cur as ErrorLike;
    cur = (cur as ErrorLike).cause;
  }
}

function pgCode(e: unknown): string | undefined {
  for (const c of causes(e, 3)) if (typeof c.code === "string") return c.code;
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
// pg-pool's words when every connection stayed busy for the whole wait.
const POOL_TIMEOUT = "timeout exceeded when trying to connect";
const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "connection timeout",
  POOL_TIMEOUT,
  "Client has encountered a connection error",
  "the database system is",
];

/** Whether an error means "the database cannot be reached now" rather than a wrong query. */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (const { code, message, errors } of causes(e, 4)) {
    if (typeof code === "string") {
      if (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code) || code.startsWith("08"))
        return true;
    }
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((m) => message.includes(m)))
      return true;
    if (Array.isArray(errors) && errors.some((x) => isDatabaseUnavailable(x))) return true;
  }
  return false;
}

/**
 * The pool had no free connection within its wait: every connection is busy, which is load,
 * not a database that is away. Still worth a 503, but it must not mark the database down (that
 * would turn every page into a 503 until a probe, itself waiting for a connection, gets one).
 */
export function isPoolExhausted(e: unknown): boolean {
  for (const { message } of causes(e, 4))
    if (typeof message === "string" && message.includes(POOL_TIMEOUT)) return true;
  return false;
}
