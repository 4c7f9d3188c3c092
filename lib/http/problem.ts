import { NextResponse } from "next/server";
import { markDatabaseDown, RETRY_AFTER_SECONDS } from "@/db/health";

/** RFC 9457 problem details. */
export function problem(
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): NextResponse {
  return NextResponse.json(
    { type: "about:blank", title, status, detail, ...extra },
    {
      status,
      headers: { "content-type": "application/problem+json", "cache-control": "no-store" },
    },
  );
}

/** 405 as problem+json, for a method a route does not answer (Next's own 405 has no body). */
export function methodNotAllowed(...allow: string[]) {
  return async () => {
    const res = problem(
      405,
      "Metodo non consentito",
      `Questa risorsa risponde solo a ${allow.join(", ")}.`,
    );
    res.headers.set("allow", allow.join(", "));
    return res;
  };
}

/** 503 with Retry-After while the database cannot be reached; a client may try again then. */
export function databaseUnavailable(): NextResponse {
  markDatabaseDown();
  const res = problem(
    503,
    "Servizio temporaneamente non disponibile",
    "Il database non è raggiungibile in questo momento. Riprova tra qualche secondo.",
  );
  res.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
  return res;
}
