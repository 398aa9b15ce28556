import { lookup } from "node:dns";
import type { LookupFunction } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPublicAddress } from "./address-policy";
import { openRequest, readBody, type RequestContext } from "./http-request";
import { startArticleServer, type ArticleServer } from "./test-support/article-server";

let server: ArticleServer;
beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.close();
});

const context = (over: Partial<RequestContext> = {}): RequestContext => ({
  lookup: lookup as unknown as LookupFunction,
  policy: () => ({ allowed: true }),
  signal: new AbortController().signal,
  limits: { timeoutMs: 1000, maxBytes: 1024 * 1024, maxRedirects: 5 },
  userAgent: "test",
  ...over,
});

describe("openRequest", () => {
  it("checks the address the socket actually connected to, even if the lookup let it through", async () => {
    const result = await openRequest(new URL(`http://localhost:${server.port}/article`), context({ policy: checkPublicAddress }));
    expect(result).toMatchObject({ ok: false, error: { code: "refused_address" } });
  });

  it("opens and reads an allowed response", async () => {
    const opened = await openRequest(new URL(`${server.base}/gzip`), context());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const body = await readBody(opened.response, "127.0.0.1", context());
    expect(body.ok && body.body.toString("utf8")).toContain("Minister claims record export growth");
  });
});
