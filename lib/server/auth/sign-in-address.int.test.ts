import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { recordPeerAddresses } from "@/lib/server/http/peer-address-recorder";
import { createTestUser } from "@/test/integration/factories";
import { authenticateCredentials } from "./authenticate-credentials";
import { clientAddressFrom } from "./client-address";
import { throttleKey } from "./sign-in-throttle";

/**
 * The per-address sign-in throttle over a real HTTP server, as Next runs behind it: the socket's
 * address is recorded by the server, and the key is taken as the sign-in does it
 * (clientAddressFrom + authenticateCredentials). A client can't pick its own key by forging
 * X-Forwarded-For.
 */
let server: http.Server;
let origin: string;
let trustedProxyHops = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
    if (request.url === "/headers") return void response.end(JSON.stringify(Object.fromEntries(headers)));
    const address = clientAddressFrom(headers, trustedProxyHops);
    const credentials = { email: request.headers["x-test-email"], password: "wrong password" };
    void authenticateCredentials(credentials, address).then((result) => response.end(JSON.stringify({ address, result })));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function trustProxies(hops: number) {
  trustedProxyHops = hops;
  recordPeerAddresses(hops);
}

async function failedSignIn(email: string, headers: Record<string, string>) {
  const response = await fetch(origin, { headers: { "x-test-email": email, ...headers } });
  return (await response.json()) as { address: string; result: { ok: boolean } };
}

const failures = async (address: string) => (await db().signInThrottle.findUnique({ where: { key: throttleKey("address", address) } }))?.failures ?? 0;

describe("per-address sign-in throttle key", () => {
  it("with no trusted proxy, two different forged X-Forwarded-For values from one socket share one key", async () => {
    trustProxies(0);
    const user = await createTestUser("editor");
    // Only this test signs in from loopback; start its count afresh so repeated runs never reach the lock.
    await db().signInThrottle.deleteMany({ where: { key: throttleKey("address", "127.0.0.1") } });
    const first = await failedSignIn(user.email, { "x-forwarded-for": "203.0.113.10", "x-factdesk-peer-address": "203.0.113.11" });
    const second = await failedSignIn(user.email, { "x-forwarded-for": "203.0.113.20, 198.51.100.1" });
    expect(first.result.ok).toBe(false);
    expect([first.address, second.address]).toEqual(["127.0.0.1", "127.0.0.1"]);
    expect(await failures("127.0.0.1")).toBe(2);
    for (const forged of ["203.0.113.10", "203.0.113.11", "203.0.113.20", "198.51.100.1"]) expect(await failures(forged)).toBe(0);
  });

  it("behind one trusted proxy, the key is the address the proxy appended, whatever the client prepended", async () => {
    trustProxies(1);
    const user = await createTestUser("editor");
    await db().signInThrottle.deleteMany({ where: { key: throttleKey("address", "192.0.2.77") } });
    const first = await failedSignIn(user.email, { "x-forwarded-for": "10.66.0.1, 192.0.2.77" });
    const second = await failedSignIn(user.email, { "x-forwarded-for": "10.66.0.2, 192.0.2.77" });
    expect([first.address, second.address]).toEqual(["192.0.2.77", "192.0.2.77"]);
    expect(await failures("192.0.2.77")).toBe(2);
    expect(await failures("10.66.0.1")).toBe(0);
  });
});

describe("forwarded host and scheme", () => {
  const seen = async (headers: Record<string, string>) => (await (await fetch(`${origin}/headers`, { headers })).json()) as Record<string, string>;

  it("with no trusted proxy, a client's X-Forwarded-Host, -Proto and -For never reach the app", async () => {
    trustProxies(0);
    const headers = await seen({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9", forwarded: "host=evil.example" });
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
    expect(headers["x-forwarded-for"]).toBeUndefined();
    expect(headers.forwarded).toBeUndefined();
    expect(headers.host).toBe(new URL(origin).host);
    expect(headers["x-factdesk-peer-address"]).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, its X-Forwarded-Host is passed on", async () => {
    trustProxies(1);
    const headers = await seen({ "x-forwarded-host": "desk.example.org", "x-forwarded-proto": "https" });
    expect(headers["x-forwarded-host"]).toBe("desk.example.org");
    expect(headers["x-forwarded-proto"]).toBe("https");
  });
});
