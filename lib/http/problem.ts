import { NextResponse } from "next/server";

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
