/**
 * The client's address for sign-in throttling: the first `X-Forwarded-For` hop (set by Next's
 * server and by a reverse proxy in front of it), else `X-Real-IP`, else "unknown".
 */
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded;
  return headers.get("x-real-ip")?.trim() || "unknown";
}
