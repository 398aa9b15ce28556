/**
 * Where Auth.js sends the browser after signing in or out (its `redirect` callback). Auth.js
 * builds absolute URLs from the request's Host / X-Forwarded-Host, which need not be the address
 * the browser used (a proxy, a LAN name, 127.0.0.1 versus localhost). So the answer is a path on
 * this desk, which the browser resolves against its own address, unless `FACTDESK_BASE_URL` is
 * configured, which then wins. `url` is a path or an absolute URL on `baseUrl` (Auth.js's idea
 * of this desk); anything pointing elsewhere becomes `/`, so it is never an open redirect.
 */
export function authRedirectTarget(url: string, baseUrl: string, publicBaseUrl?: string): string {
  const path = sameDeskPath(url, baseUrl);
  return publicBaseUrl ? `${publicBaseUrl.replace(/\/+$/, "")}${path}` : path;
}

function sameDeskPath(url: string, baseUrl: string): string {
  if (url.startsWith("/")) return url.startsWith("//") || url.startsWith("/\\") ? "/" : url;
  try {
    const target = new URL(url);
    return target.origin === new URL(baseUrl).origin ? `${target.pathname}${target.search}${target.hash}` : "/";
  } catch {
    return "/";
  }
}
