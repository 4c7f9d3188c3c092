"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";

export type LoginState = { error?: string; email?: string };

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const password = String(formData.get("password") ?? "").slice(0, 129);
  if (!email || !password) return { error: "Inserisci email e password.", email };
  try {
    await signIn("credentials", { email, password, redirectTo: "/scrivania" });
  } catch (e) {
    if (e instanceof AuthError) {
      const throttled = (e as { code?: string }).code === "throttled";
      return {
        error: throttled
          ? "Troppi tentativi non riusciti da questo dispositivo: attendi qualche minuto e riprova."
          : "Email o password non corretti.",
        email,
      };
    }
    throw e;
  }
  return {};
}
