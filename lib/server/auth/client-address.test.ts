import { describe, expect, it } from "vitest";
import { clientAddressFrom, PEER_ADDRESS_HEADER } from "./client-address";

/** Headers as the app sees them: the socket's address recorded by the server, plus whatever came in. */
const seen = (peer: string | null, forwardedFor?: string, extra: Record<string, string> = {}) => {
  const headers = new Headers(extra);
  if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer);
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
};

describe("clientAddressFrom with no trusted proxy (the default)", () => {
  it("uses the socket's address and ignores X-Forwarded-For entirely", () => {
    expect(clientAddressFrom(seen("198.51.100.9", "203.0.113.7"), 0)).toBe("198.51.100.9");
    expect(clientAddressFrom(seen("198.51.100.9", "1.1.1.1, 2.2.2.2"), 0)).toBe("198.51.100.9");
  });
  it("ignores X-Real-IP, which any client can send", () => {
    expect(clientAddressFrom(seen("198.51.100.9", undefined, { "x-real-ip": "203.0.113.7" }), 0)).toBe("198.51.100.9");
  });
  it("gives two forged X-Forwarded-For values from one socket the same address", () => {
    expect(clientAddressFrom(seen("198.51.100.9", "10.0.0.1"), 0)).toBe(clientAddressFrom(seen("198.51.100.9", "10.0.0.2"), 0));
  });
  it("writes an IPv4-mapped IPv6 socket address as IPv4", () => {
    expect(clientAddressFrom(seen("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddressFrom(seen("::1"), 0)).toBe("::1");
  });
  it("is unknown when the server recorded no socket address", () => {
    expect(clientAddressFrom(seen(null, "203.0.113.7"), 0)).toBe("unknown");
  });
});

describe("clientAddressFrom behind trusted proxies", () => {
  it("with one hop takes the address the proxy appended (the rightmost entry), not the client's own claims", () => {
    // client forged "6.6.6.6"; the proxy appended the client's real address 203.0.113.7 and connected from 10.0.0.2
    expect(clientAddressFrom(seen("10.0.0.2", "6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddressFrom(seen("10.0.0.2", "203.0.113.7"), 1)).toBe("203.0.113.7");
  });
  it("with two hops skips the nearer proxy's own entry", () => {
    // client → CDN (appends client) → load balancer (appends CDN) → app
    expect(clientAddressFrom(seen("10.0.0.3", "6.6.6.6, 203.0.113.7, 192.0.2.50"), 2)).toBe("203.0.113.7");
  });
  it("takes the leftmost entry there is when the chain is shorter than the trusted hops", () => {
    expect(clientAddressFrom(seen("10.0.0.3", "203.0.113.7"), 3)).toBe("203.0.113.7");
    expect(clientAddressFrom(seen("10.0.0.3"), 2)).toBe("10.0.0.3");
  });
  it("reads repeated X-Forwarded-For headers as one list and skips empty entries", () => {
    const headers = seen("10.0.0.2");
    headers.append("x-forwarded-for", "6.6.6.6");
    headers.append("x-forwarded-for", " 203.0.113.7 ,");
    expect(clientAddressFrom(headers, 1)).toBe("203.0.113.7");
  });
  it("is unknown without a recorded socket address, whatever the header says", () => {
    expect(clientAddressFrom(seen(null, "6.6.6.6, 203.0.113.7"), 1)).toBe("unknown");
  });
});
