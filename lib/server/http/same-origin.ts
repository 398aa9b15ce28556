/**
 * Cross-site request check for state-changing route handlers called with a session cookie
 * (server actions get Next's own Origin check; route handlers do not). Bearer-token calls are
 * not subject to it: a browser never attaches those on its own.
 */
export function isSameOriginRequest(request: { method: string; url: string; headers: Headers }): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return true;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
