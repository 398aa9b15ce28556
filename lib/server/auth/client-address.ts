/**
 * Request header carrying the TCP peer's address (the socket's remote address), set by the
 * server for every request (`recordPeerAddresses` in lib/server/http/peer-address-recorder.ts)
 * and overwriting any value a client sends. Next's own `X-Forwarded-For` can't serve: Next only
 * fills it in when the request has none, so a client's forged header would replace the socket.
 */
export const PEER_ADDRESS_HEADER = "x-factdesk-peer-address";

/** `::ffff:192.0.2.1` (IPv4 on a dual-stack socket) as `192.0.2.1`, so one client has one key. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/**
 * The client's address for per-address sign-in throttling. With `trustedProxyHops` 0 it is the
 * socket's address and `X-Forwarded-For` is ignored (any client can write it). Behind N trusted
 * reverse proxies, each appending the address it received from, the chain is
 * `[...X-Forwarded-For, socket address]` and the client is the entry N places left of the socket:
 * everything further left was written by the client itself. A chain shorter than that (the
 * request came through fewer proxies) yields its leftmost entry, the farthest hop known. Without
 * a recorded socket address the answer is "unknown".
 */
export function clientAddressFrom(headers: Headers, trustedProxyHops: number): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer) return "unknown";
  if (trustedProxyHops <= 0) return normalise(peer);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normalise(chain[Math.max(0, chain.length - 1 - trustedProxyHops)]);
}
