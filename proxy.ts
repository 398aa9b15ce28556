import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/server/http/content-security-policy";

/**
 * Runs before every page request. It only redirects (signed-out visitors to /sign-in) and sets
 * the Content-Security-Policy nonce; every page, action and route handler checks the session
 * and role itself.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
// /metrics checks its own token; /reconnecting is shown while the database is away.
const PUBLIC_PATHS = ["/sign-in", "/metrics", "/reconnecting"];
const REPORT_PATH = /^\/articles\/[^/]+\/report$/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && !PUBLIC_PATHS.includes(pathname)) {
    const signInUrl = new URL("/sign-in", request.url);
    if (pathname !== "/") signInUrl.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signInUrl);
  }

  // The printable report sets its own, stricter policy (no scripts at all).
  if (REPORT_PATH.test(pathname)) return NextResponse.next();

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Where the page was asked for, so that "the desk is reconnecting" can come back to it.
  requestHeaders.set("x-factdesk-path", `${pathname}${search}`);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
