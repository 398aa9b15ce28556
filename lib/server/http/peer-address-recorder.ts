import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { applyProxyTrust } from "./forwarded-headers";

const INSTALLED = Symbol.for("factdesk.peerAddressRecorder");

/**
 * Applies the proxy trust policy (`applyProxyTrust`: the socket's address recorded in
 * `x-factdesk-peer-address`, forwarding headers dropped unless proxies are trusted) to every
 * incoming HTTP request of this process, before Next or anything else reads it: Node publishes
 * `http.server.request.start` just before the server's `request` event. Route handlers and
 * server actions only see headers, and Next itself keeps a client's `X-Forwarded-For` instead of
 * the socket's address. Called from instrumentation.ts at start; a later call only changes the
 * number of trusted hops.
 */
export function recordPeerAddresses(trustedProxyHops: number): void {
  const registry = globalThis as { [INSTALLED]?: { trustedProxyHops: number } };
  if (registry[INSTALLED]) {
    registry[INSTALLED].trustedProxyHops = trustedProxyHops;
    return;
  }
  const policy = (registry[INSTALLED] = { trustedProxyHops });
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    applyProxyTrust(request.headers, socket.remoteAddress, policy.trustedProxyHops);
  });
}
