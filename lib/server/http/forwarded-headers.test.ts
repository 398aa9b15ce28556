import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/server/auth/client-address";
import { applyProxyTrust } from "./forwarded-headers";

const incoming = () => ({
  host: "127.0.0.1:3000",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-for": "203.0.113.7",
  "x-forwarded-port": "443",
  forwarded: "for=203.0.113.7;host=evil.example",
  "x-real-ip": "203.0.113.7",
  [PEER_ADDRESS_HEADER]: "6.6.6.6",
  cookie: "a=b",
});

describe("applyProxyTrust", () => {
  it("with no trusted proxy, drops every forwarding header a client could forge and records the socket", () => {
    const headers: Record<string, string | undefined> = incoming();
    applyProxyTrust(headers, "192.0.2.10", 0);
    expect(headers).toEqual({ host: "127.0.0.1:3000", cookie: "a=b", [PEER_ADDRESS_HEADER]: "192.0.2.10" });
  });
  it("behind trusted proxies, keeps X-Forwarded-Host and the rest for the app to read", () => {
    const headers: Record<string, string | undefined> = incoming();
    applyProxyTrust(headers, "10.0.0.2", 1);
    expect(headers["x-forwarded-host"]).toBe("evil.example");
    expect(headers["x-forwarded-for"]).toBe("203.0.113.7");
    expect(headers[PEER_ADDRESS_HEADER]).toBe("10.0.0.2");
  });
  it("never keeps a client's own peer-address header, even when the socket's is unknown", () => {
    const headers: Record<string, string | undefined> = incoming();
    applyProxyTrust(headers, undefined, 1);
    expect(headers[PEER_ADDRESS_HEADER]).toBeUndefined();
  });
});
