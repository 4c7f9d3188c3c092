import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/db/client";
import { readEnv } from "@/lib/env";
import { requestIp } from "./ip";
import { checkLogin } from "./login";

const Credentials_ = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(128),
  otp: z.string().trim().max(20).optional(),
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
  // The cookie lives as long as the absolute limit; idle expiry is enforced on the server.
  session: { strategy: "jwt", maxAge: readEnv().SESSION_ABSOLUTE_HOURS * 60 * 60 },
  pages: { signIn: "/login" },
  // A wrong password is an expected event, logged in the audit table; not a stack trace on stderr.
  logger: {
    error(error) {
      // Class names are minified in the build: Auth.js's own `type` names the error.
      const type = (error as { type?: string }).type ?? error.name;
      if (type !== "CredentialsSignin") console.error(`[auth] ${type}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email" },
        password: { label: "Password", type: "password" },
        otp: { label: "Codice di verifica" },
      },
      async authorize(raw, request) {
        const parsed = Credentials_.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password, otp } = parsed.data;
        return checkLogin(db(), email, password, requestIp(request.headers), otp || undefined);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // Only ids travel in the token: the user, the session version and the server-side session.
        const signed = user as { id: string; sv?: number; sid?: string };
        return { sub: signed.id, sv: signed.sv ?? 0, sid: signed.sid ?? "" };
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { id: token.sub ?? "" },
        sv: Number(token.sv ?? 0),
        sid: String(token.sid ?? ""),
      } as unknown as typeof session;
    },
  },
});
