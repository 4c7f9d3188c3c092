import { Secret, TOTP } from "otpauth";

export type Account = { email: string; password: string; totpSecret?: string | null };

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c && !c.endsWith("="));

/**
 * Logs in through Auth.js's own credentials endpoint, as the login form does, and gives the
 * Cookie header of the new session. An account with an authenticator gets the current code.
 */
export async function login(base: string, account: Account): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const otp = account.totpSecret
    ? new TOTP({ secret: Secret.fromBase32(account.totpSecret) }).generate()
    : "";
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({
      csrfToken,
      email: account.email,
      password: account.password,
      otp,
      callbackUrl: `${base}/scrivania`,
    }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`login refused for ${account.email} (${res.status})`);
  return session;
}
