import { type NextRequest, NextResponse } from "next/server";
import { databaseAvailable, RETRY_AFTER_SECONDS } from "@/db/health";
import { SESSION_COOKIES } from "@/lib/auth/config";
import { readEnv } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";
import { t } from "@/lib/i18n";
import { LOCALE_HEADER, localeOfPath } from "@/lib/portal/routes";

const STAFF_PREFIXES = [
  "/scrivania",
  "/persone",
  "/richieste",
  "/misure",
  "/bandi",
  "/modelli",
  "/utenti",
  "/account",
  "/cartelle",
  "/trasferimenti",
  "/agenda",
  "/siuss",
  "/cruscotto",
  "/esporta",
  "/portale",
];

function isStaffPath(pathname: string): boolean {
  return STAFF_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * Sets a per-request CSP nonce and the page's language on every page, and redirects people without a session cookie
 * away from staff pages — a convenience only: every real check happens in lib/data.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // INPS's WaaS API answers under a configurable base path (lib/http/waas.ts).
  const waas = readEnv().WAAS_BASE_PATH;
  if (pathname.startsWith(`${waas}/`)) {
    const target = new URL(`/api/waas/${pathname.slice(waas.length + 1)}`, request.url);
    target.search = request.nextUrl.search;
    return NextResponse.rewrite(target);
  }
  if (isStaffPath(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  // While the database is known to be away, pages answer 503 at once instead of failing to render.
  if (!(await databaseAvailable())) return unavailablePage();
  const nonce = newNonce();
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // The public portal's language (English under /en): the root layout sets <html lang> from it.
  headers.set(LOCALE_HEADER, localeOfPath(pathname));
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

function unavailablePage(): NextResponse {
  const { title, body } = t.errors.unavailable;
  const html = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(RETRY_AFTER_SECONDS),
    },
  });
}

export const config = {
  // Pages only: not static assets, images or the API (JSON answers need no CSP).
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
