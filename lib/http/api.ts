import "server-only";
import { NextResponse } from "next/server";
import type { Actor } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { isDataError } from "@/lib/data/errors";
import { isDatabaseUnavailable } from "@/lib/data/pg-errors";
import { logError } from "./log";
import { databaseUnavailable, problem } from "./problem";

const MAX_BODY_BYTES = 64 * 1024;

type Handler<P> = (ctx: { actor: Actor; req: Request; params: P }) => Promise<unknown>;

/**
 * Wraps a /api/v1 route: 401 without a session, data-layer errors as problem+json,
 * anything unexpected as a 500 without its details.
 */
export function apiRoute<P = Record<string, string>>(
  handler: Handler<P>,
  opts: { status?: number } = {},
) {
  return async (req: Request, context: { params: Promise<P> }) => {
    try {
      // The session is read from the database too: inside the try, so that its absence is a 503.
      const actor = await currentActor();
      if (!actor) return problem(401, "Non autenticato", "Occorre accedere per usare l'API.");
      const body = await handler({ actor, req, params: await context.params });
      // A handler may answer a file (a PDF, a CSV) itself.
      if (body instanceof Response) return body;
      return NextResponse.json(body, {
        status: opts.status ?? 200,
        headers: { "cache-control": "no-store" },
      });
    } catch (e) {
      if (e instanceof BadRequest) return problem(400, "Richiesta non valida", e.message);
      if (isDataError(e)) {
        const extra: Record<string, unknown> = {};
        if ("fieldErrors" in e) extra.errors = e.fieldErrors;
        if ("details" in e) Object.assign(extra, e.details as Record<string, unknown>);
        return problem(e.status, e.title, e.message, extra);
      }
      if (isDatabaseUnavailable(e)) return databaseUnavailable();
      logError(`${req.method} ${new URL(req.url).pathname}`, e);
      return problem(500, "Errore interno", "Si è verificato un errore imprevisto.");
    }
  };
}

export class BadRequest extends Error {}

/** Reads a JSON object body, refusing wrong content types, oversize and malformed bodies. */
export async function readJson(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.includes("application/json"))
    throw new BadRequest("Il corpo deve essere JSON (Content-Type: application/json).");
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new BadRequest(`Il corpo supera ${MAX_BODY_BYTES / 1024} KB.`);
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw new BadRequest(`Il corpo supera ${MAX_BODY_BYTES / 1024} KB.`);
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw new BadRequest("Il corpo deve essere un oggetto JSON.");
    return value;
  } catch (e) {
    if (e instanceof BadRequest) throw e;
    throw new BadRequest("Il corpo non è JSON valido.");
  }
}

/** Parses the query string with a strict schema: unknown or malformed parameters are a 400. */
export function readQuery<T>(
  req: Request,
  schema: {
    safeParse: (
      v: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
): T {
  const url = new URL(req.url);
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) raw[k] ??= v;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? `«${String(first.path[0])}»: ` : "";
    throw new BadRequest(`Parametro non valido ${where}${first?.message ?? ""}`.trim());
  }
  return parsed.data;
}
