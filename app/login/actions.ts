"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { t } from "@/lib/i18n";

export type LoginState = { error?: string; notice?: string; email?: string; askOtp?: boolean };

export async function login(_prev: LoginState, formData: unknown): Promise<LoginState> {
  // Whatever arrives over the wire: only a form's fields are read.
  const field = (name: string) =>
    formData instanceof FormData ? String(formData.get(name) ?? "") : "";
  const email = field("email").slice(0, 254);
  const password = field("password").slice(0, 129);
  const otp = field("otp").slice(0, 20);
  if (!email || !password) return { error: t.auth.missingCredentials, email };
  try {
    await signIn("credentials", { email, password, otp, redirectTo: "/scrivania" });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as { code?: string }).code;
      if (code === "mfa_required") return { notice: t.auth.otpAsked, email, askOtp: true };
      if (code === "mfa_invalid") return { error: t.auth.otpInvalid, email, askOtp: true };
      if (code === "throttled") return { error: t.auth.throttled, email };
      return { error: t.auth.wrongCredentials, email };
    }
    throw e;
  }
  return {};
}
