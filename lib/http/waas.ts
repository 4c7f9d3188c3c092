import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/db/client";
import { requestIp } from "@/lib/auth/ip";
import { checkWaasCall } from "@/lib/auth/waas";
import { isDatabaseUnavailable } from "@/lib/data/pg-errors";
import { pullFlussi, recordEsiti, waasStatus } from "@/lib/data/waas";
import { type Env, readEnv } from "@/lib/env";
import { XSD_DIR } from "@/lib/siuss/validator";
import { ElencoEsitiSchema, FlussiQuerySchema } from "@/lib/validation/siuss";
import { logError } from "./log";
import { databaseUnavailable } from "./problem";

/** problem+json exactly as api-comuni.yaml's Problem (no other properties). */
function problem(status: number, title: string, detail: string): Response {
  return Response.json(
    { type: "about:blank", title, status, detail },
    {
      status,
      headers: { "content-type": "application/problem+json", "cache-control": "no-store" },
    },
  );
}

const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new SyntaxError("too large");
  return JSON.parse(text);
}

/**
 * INPS's WaaS API (api-comuni.yaml 2.0.1), served under WAAS_BASE_PATH: GET /flussi,
 * POST /esiti, GET /status; the descriptor itself at /openapi.yaml. Every call but the
 * descriptor passes the address allow-list and the PDND voucher first.
 */
export async function handleWaas(
  db: Db,
  req: Request,
  segments: string[],
  env: Env = readEnv(),
): Promise<Response> {
  const resource = `${req.method} /${segments.join("/")}`;
  if (resource === "GET /openapi.yaml") {
    return new Response(readFileSync(path.join(XSD_DIR, "api-comuni.yaml")), {
      headers: { "content-type": "application/yaml; charset=utf-8" },
    });
  }
  const known = ["GET /flussi", "POST /esiti", "GET /status"];
  if (!known.includes(resource)) {
    const pathKnown = known.some((k) => k.endsWith(` /${segments.join("/")}`));
    return pathKnown
      ? problem(405, "Metodo non ammesso", `${req.method} non è previsto su questa risorsa.`)
      : problem(404, "Risorsa non trovata", "Risorse: /flussi, /esiti, /status.");
  }
  const denied = await checkWaasCall(req.headers, env);
  if (denied) return problem(denied.status, denied.title, denied.detail);
  const ip = requestIp(req.headers, env.TRUSTED_PROXY_HOPS);
  try {
    if (resource === "GET /status") {
      return (await waasStatus(db, env.WAAS_AMBITO))
        ? problem(200, "OK", "Il servizio funziona correttamente.")
        : problem(503, "Servizio non disponibile", "Il servizio non è disponibile.");
    }
    if (resource === "GET /flussi") {
      const q = Object.fromEntries(new URL(req.url).searchParams);
      const parsed = FlussiQuerySchema.safeParse(q);
      if (!parsed.success)
        return problem(400, "Richiesta non valida", "since (ms, obbligatorio) e limit (0–100).");
      const flussi = await pullFlussi(
        db,
        env.WAAS_AMBITO,
        parsed.data.since,
        parsed.data.limit,
        ip,
      );
      if (!flussi) return problem(404, "Ente non trovato", "Ambito non configurato (WAAS_AMBITO).");
      return Response.json({ elenco_flussi: flussi }, { headers: { "cache-control": "no-store" } });
    }
    let body: unknown;
    try {
      body = await readBody(req);
    } catch {
      return problem(400, "Richiesta non valida", "Il corpo non è un JSON valido.");
    }
    const parsed = ElencoEsitiSchema.safeParse(body);
    if (!parsed.success)
      return problem(400, "Richiesta non valida", "elenco_esiti non conforme a ElencoEsiti.");
    const done = await recordEsiti(db, env.WAAS_AMBITO, parsed.data.elenco_esiti, ip);
    if (!done) return problem(404, "Ente non trovato", "Ambito non configurato (WAAS_AMBITO).");
    return new Response(null, { status: 204 });
  } catch (e) {
    if (isDatabaseUnavailable(e)) return databaseUnavailable();
    logError(`waas ${resource}`, e);
    return problem(500, "Errore interno", "Errore nell'elaborazione della richiesta.");
  }
}
