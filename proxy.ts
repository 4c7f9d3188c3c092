import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/config";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";

const STAFF_PREFIXES = [
  "/scrivania",
  "/persone",
  "/richieste",
  "/misure",
  "/bandi",
  "/modelli",
  "/utenti",
  "/account",
];

function isStaffPath(pathname: string): boolean {
  return STAFF_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * Sets a per-request CSP nonce on every page, and redirects people without a session cookie
 * away from staff pages — a convenience only: every real check happens in lib/data.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isStaffPath(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  const nonce = newNonce();
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Pages only: not static assets, images or the API (JSON answers need no CSP).
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
