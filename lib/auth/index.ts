import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/db/client";
import { findLoginUser } from "@/lib/data/actors";
import { audit } from "@/lib/data/audit";
import { verifyAgainstDummy, verifyPassword } from "./password";

const Credentials_ = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(128),
});

function authSecret(): string | undefined {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  // Outside production a fixed secret keeps `npm run dev` and the tests zero-setup.
  if (process.env.NODE_ENV !== "production") return "zona-development-secret-not-for-production";
  return undefined;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  // A wrong password is an expected event, logged in the audit table; not a stack trace on stderr.
  logger: {
    error(error) {
      if (error.name !== "CredentialsSignin")
        console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = Credentials_.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const user = await findLoginUser(db(), email);
        const ok = user
          ? await verifyPassword(user.passwordHash, password)
          : await verifyAgainstDummy(password);
        if (!user || !ok || !user.attivo) {
          await audit(
            db(),
            user ? { id: user.id, ambitoId: user.ambitoId, ip: null } : null,
            "login_failed",
            "utente",
            user?.id ?? null,
          );
          return null;
        }
        await audit(
          db(),
          { id: user.id, ambitoId: user.ambitoId, ip: null },
          "login",
          "utente",
          user.id,
        );
        return { id: user.id, sv: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // Only the id and the session version travel in the token.
        return { sub: user.id, sv: (user as { sv?: number }).sv ?? 0 };
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { id: token.sub ?? "" },
        sv: Number(token.sv ?? 0),
      } as unknown as typeof session;
    },
  },
});
