import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/config";

/**
 * Only a convenience redirect for people without a session cookie. Every real check
 * happens in lib/data, on every read and write.
 */
export function proxy(request: NextRequest) {
  const hasCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasCookie) return NextResponse.next();
  const url = new URL("/login", request.url);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: [
    "/scrivania/:path*",
    "/persone/:path*",
    "/richieste/:path*",
    "/misure/:path*",
    "/utenti/:path*",
  ],
};
