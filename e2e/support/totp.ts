import { Secret, TOTP } from "otpauth";
import { DEMO_TOTP_SECRETS } from "../../db/seed-data";

const used = new Map<string, number>();

export function hasDemoTotp(email: string): boolean {
  return email in DEMO_TOTP_SECRETS;
}

/**
 * A code for the demo authenticator that this process has not used yet. The server accepts a
 * code once only, so a second login in the same 30-second step waits for the next one.
 */
export async function freshTotp(email: string): Promise<string> {
  const secret = DEMO_TOTP_SECRETS[email];
  if (!secret) throw new Error(`no demo authenticator for ${email}`);
  let step = Math.floor(Date.now() / 30_000);
  if ((used.get(email) ?? 0) >= step) {
    step = (used.get(email) ?? 0) + 1;
    await new Promise((r) => setTimeout(r, step * 30_000 - Date.now() + 200));
  }
  used.set(email, step);
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: step * 30_000 + 1000,
  });
}

/** Marks the current step as spent, after the server refused a code another process used first. */
export function spendCurrentStep(email: string): void {
  used.set(email, Math.floor(Date.now() / 30_000));
}
