import { createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createLocalJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { type Env, readEnv } from "@/lib/env";
import { requestIp } from "./ip";

/**
 * Demo-only key pair (db/data/siuss-demo), demo audience and loopback-only default: accepted
 * where demo data is (db/setup.ts demoAllowed: SEED_DEMO=true, or unset outside production).
 */
export const DEMO_KEY_DIR = path.join(process.cwd(), "db", "data", "siuss-demo");
export const DEMO_AUDIENCE = "zona-waas-demo";

export type WaasDenial = { status: 401 | 403; title: string; detail: string };

type Verifier = KeyObject | JWTVerifyGetKey;

function demo(env: Env): boolean {
  if (env.SEED_DEMO) return env.SEED_DEMO === "true";
  return env.NODE_ENV !== "production";
}

let cached: { file: string; key: Verifier } | undefined;

function verificationKey(env: Env): Verifier | null {
  const file =
    env.WAAS_JWKS_FILE ??
    env.WAAS_JWT_PUBLIC_KEY_FILE ??
    (demo(env) ? path.join(DEMO_KEY_DIR, "public.pem") : null);
  if (!file) return null;
  if (cached?.file === file) return cached.key;
  const text = readFileSync(file, "utf8");
  const key: Verifier = env.WAAS_JWKS_FILE
    ? createLocalJWKSet(JSON.parse(text))
    : createPublicKey(text);
  cached = { file, key };
  return key;
}

function audience(env: Env): string | null {
  return env.WAAS_JWT_AUDIENCE ?? (demo(env) ? DEMO_AUDIENCE : null);
}

const normalize = (ip: string) => ip.replace(/^::ffff:/, "");

/** The allow-list; on a demo instance, unset means this machine only. */
function allowedIps(env: Env): string[] {
  const list = env.WAAS_ALLOWED_IPS ?? (demo(env) ? "127.0.0.1,::1" : "");
  return list
    .split(",")
    .map((s) => normalize(s.trim()))
    .filter(Boolean);
}

/**
 * Whether a call to the WaaS API may proceed: from an allowed address (else 403), with a PDND
 * voucher, a bearer JWT whose signature, audience and expiry verify (else 401).
 */
export async function checkWaasCall(
  headers: Headers,
  env: Env = readEnv(),
): Promise<WaasDenial | null> {
  const ip = requestIp(headers, env.TRUSTED_PROXY_HOPS);
  if (!ip || !allowedIps(env).includes(normalize(ip)))
    return { status: 403, title: "Accesso negato", detail: "Indirizzo non autorizzato." };
  const auth = headers.get("authorization") ?? "";
  const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
  const unauthorized = (detail: string): WaasDenial => ({
    status: 401,
    title: "Non autenticato",
    detail,
  });
  if (!token) return unauthorized("Manca il voucher PDND (Authorization: Bearer).");
  const key = verificationKey(env);
  const aud = audience(env);
  if (!key || !aud) return unauthorized("Verifica del voucher non configurata.");
  try {
    const options = {
      audience: aud,
      issuer: env.WAAS_JWT_ISSUER,
      requiredClaims: ["exp"],
      algorithms: ["RS256", "RS384", "RS512", "PS256", "ES256"],
    };
    if (typeof key === "function") await jwtVerify(token, key, options);
    else await jwtVerify(token, key, options);
    return null;
  } catch {
    return unauthorized("Voucher non valido, scaduto o destinato ad altri.");
  }
}
