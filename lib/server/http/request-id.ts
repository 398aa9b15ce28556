import { randomUUID } from "node:crypto";

/** A caller-supplied `X-Request-Id` if it looks sane, else a new one. */
export function requestIdFrom(headers: Headers): string {
  const supplied = headers.get("x-request-id");
  if (supplied && /^[A-Za-z0-9._-]{8,100}$/.test(supplied)) return supplied;
  return randomUUID();
}
