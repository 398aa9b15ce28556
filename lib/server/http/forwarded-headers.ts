import { PEER_ADDRESS_HEADER } from "@/lib/server/auth/client-address";

/** Headers a reverse proxy sets to describe the original request; any client can send them too. */
export const FORWARDED_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"] as const;

type IncomingHeaders = Record<string, string | string[] | undefined>;

/**
 * Applies the proxy trust policy to an incoming request's headers, in place, before the app
 * reads them: records the socket's address in {@link PEER_ADDRESS_HEADER} (replacing whatever the
 * client sent), and with no trusted proxy hops drops every forwarding header, so nothing
 * (sign-in URLs, the cross-site check, export links, the throttle) believes a client's claim
 * about its address, host or scheme; Next then fills in `X-Forwarded-*` from the connection.
 * With trusted hops the headers stay for `clientAddressFrom` and the others to read.
 */
export function applyProxyTrust(headers: IncomingHeaders, peerAddress: string | undefined, trustedProxyHops: number): void {
  delete headers[PEER_ADDRESS_HEADER];
  if (peerAddress) headers[PEER_ADDRESS_HEADER] = peerAddress;
  if (trustedProxyHops > 0) return;
  for (const name of FORWARDED_HEADERS) delete headers[name];
}
