import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

const PERIOD = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "") {
  return new TOTP({
    issuer: "Zona",
    label,
    secret: Secret.fromBase32(secret),
    period: PERIOD,
    digits: 6,
    algorithm: "SHA1",
  });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

/**
 * The 30-second step a code belongs to, if it is valid now or one step either side (clock
 * drift), and later than the last one accepted, so that no code is accepted twice.
 */
export function acceptTotp(
  secret: string,
  code: string,
  lastStep: number,
  now = Date.now(),
): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  return step > lastStep ? step : null;
}

export function totpCode(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten recovery codes like "k7mq-2xhp-9rtn", each with 60 bits of randomness. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function recoveryDigest(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase()).digest("hex");
}
