import { createPrivateKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SignJWT } from "jose";
import { DEMO_AUDIENCE, DEMO_KEY_DIR } from "@/lib/auth/waas";

export const demoPrivateKey = (): KeyObject =>
  createPrivateKey(readFileSync(path.join(DEMO_KEY_DIR, "private.pem"), "utf8"));

/** A PDND-like voucher signed with the demo key (or another key, to be refused). */
export async function voucher(
  opts: { audience?: string; expiresIn?: string | number; key?: KeyObject } = {},
): Promise<string> {
  return new SignJWT({ purposeId: "siuss-test" })
    .setProtectedHeader({ alg: "RS256" })
    .setIssuedAt()
    .setIssuer("interop.pagopa.it-test")
    .setAudience(opts.audience ?? DEMO_AUDIENCE)
    .setExpirationTime(opts.expiresIn ?? "5m")
    .sign(opts.key ?? demoPrivateKey());
}

export const otherKey = (): KeyObject =>
  generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
