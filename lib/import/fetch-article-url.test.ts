import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPublicAddress, type AddressPolicy } from "./address-policy";
import { fetchArticleUrl, privateAddressesAllowed } from "./fetch-article-url";
import type { Resolver } from "./safe-lookup";
import { startArticleServer, type ArticleServer } from "./test-support/article-server";

let server: ArticleServer;
beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.close();
});

const open = { allowPrivateAddresses: true };
const url = (path: string) => `${server.base}${path}`;

describe("fetchArticleUrl with private addresses allowed", () => {
  it("imports an article page", async () => {
    const result = await fetchArticleUrl(url("/article"), open);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article).toMatchObject({
      title: "Minister claims record export growth",
      byline: "Jane Doe",
      publishedOn: "2024-06-22",
      url: url("/article"),
    });
    expect(article.html).toContain("exports grew by 12 per cent");
    expect(article.html).toContain(`<a href="${server.base}/reports/2023">annual report</a>`);
    expect(article.html).toContain("<blockquote>");
    expect(article.html).not.toMatch(/onclick|onerror|<img|<script|<style|<nav|Privacy|tracking/);
  });

  it.each(["/xhtml", "/gzip"])("imports %s", async (path) => {
    const result = await fetchArticleUrl(url(path), open);
    expect(result.ok && result.article.title).toBe("Minister claims record export growth");
  });

  it("decodes the page's charset from the header or a meta tag", async () => {
    const latin1 = await fetchArticleUrl(url("/latin1"), open);
    expect(latin1.ok && latin1.article.html).toContain("Le ministre a déclaré, à Genève,");
    const meta = await fetchArticleUrl(url("/meta-charset"), open);
    expect(meta.ok && meta.article.html).toContain("Café owners said");
  });

  it("follows up to five redirects (absolute, root-relative and relative) and reports the final address", async () => {
    const result = await fetchArticleUrl(url("/redirect/5"), open);
    expect(result.ok && result.article.url).toBe(url("/article"));
  });

  it.each([
    ["/redirect/6", "too_many_redirects"],
    ["/loop", "too_many_redirects"],
    ["/to-ftp", "invalid_url"],
    ["/to-javascript", "invalid_url"],
    ["/missing", "http_error"],
    ["/forbidden", "http_error"],
    ["/pdf", "not_html"],
    ["/no-type", "not_html"],
    ["/no-article", "no_article"],
  ])("%s fails with %s", async (path, code) => {
    const result = await fetchArticleUrl(url(path), open);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it("words errors for the newsroom", async () => {
    const missing = await fetchArticleUrl(url("/missing"), open);
    expect(!missing.ok && missing.error.message).toBe("The site answered with an error: 404 Not Found.");
    const pdf = await fetchArticleUrl(url("/pdf"), open);
    expect(!pdf.ok && pdf.error.message).toMatch(/not a web page \(it is application\/pdf\)/);
    const none = await fetchArticleUrl(url("/no-article"), open);
    expect(!none.ok && none.error.message).toMatch(/No article text was found/);
  });

  it.each(["/slow", "/slow-body"])("gives up on %s after the time limit", async (path) => {
    const started = Date.now();
    const result = await fetchArticleUrl(url(path), { ...open, timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, error: { code: "timeout" } });
    expect(!result.ok && result.error.message).toMatch(/took too long.*0\.3 seconds/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each(["/huge", "/huge-declared", "/gzip-bomb"])("stops reading %s beyond the size limit", async (path) => {
    const result = await fetchArticleUrl(url(path), { ...open, maxBytes: 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, error: { code: "too_large" } });
    expect(!result.ok && result.error.message).toMatch(/limit is 1 MB/);
  });

  it("reports a closed port and an unknown host", async () => {
    const closed = await fetchArticleUrl("http://127.0.0.1:9/", open);
    expect(closed).toMatchObject({ ok: false, error: { code: "network_error" } });
    const unknown = await fetchArticleUrl("http://nowhere.invalid/", {
      ...open,
      resolver: async () => Promise.reject(Object.assign(new Error("not found"), { code: "ENOTFOUND" })),
    });
    expect(!unknown.ok && unknown.error.message).toBe("The site nowhere.invalid could not be found. Check the address.");
  });
});

describe("fetchArticleUrl refuses non-public addresses by default", () => {
  it.each([
    (port: number) => `http://127.0.0.1:${port}/article`,
    (port: number) => `http://localhost:${port}/article`,
    (port: number) => `http://[::1]:${port}/article`,
    (port: number) => `http://[::ffff:127.0.0.1]:${port}/article`,
    (port: number) => `http://2130706433:${port}/article`,
    (port: number) => `http://0x7f.1:${port}/article`,
    (port: number) => `http://127.1:${port}/article`,
    () => "http://10.0.0.1/",
    () => "http://169.254.169.254/latest/meta-data/",
    () => "http://[fd00::1]/",
    () => "http://0.0.0.0/",
  ])("refuses %s without sending a request", async (make) => {
    const before = server.requests.length;
    const result = await fetchArticleUrl(make(server.port));
    expect(result).toMatchObject({ ok: false, error: { code: "refused_address" } });
    expect(!result.ok && result.error.message).toMatch(/Factdesk can't import from .*, not a public website\./);
    expect(server.requests.length).toBe(before);
  });

  it.each(["ftp://example.com/a", "file:///etc/passwd", "javascript:alert(1)", "not a url", "", "http://user:pw@example.com/", `https://example.com/${"a".repeat(2100)}`])(
    "refuses the address %j",
    async (value) => {
      expect(await fetchArticleUrl(value)).toMatchObject({ ok: false, error: { code: "invalid_url" } });
    },
  );

  it("reads FACTDESK_IMPORT_ALLOW_PRIVATE", () => {
    expect(privateAddressesAllowed({ FACTDESK_IMPORT_ALLOW_PRIVATE: "1" })).toBe(true);
    expect(privateAddressesAllowed({ FACTDESK_IMPORT_ALLOW_PRIVATE: "0" })).toBe(false);
    expect(privateAddressesAllowed({})).toBe(false);
  });
});

describe("fetchArticleUrl checks every resolved address and every redirect", () => {
  // 127.0.0.1 stands in for a public web server; everything else follows the default policy.
  const policy: AddressPolicy = (address) => (address === "127.0.0.1" ? { allowed: true } : checkPublicAddress(address));
  const table: Record<string, string[]> = {
    "news.example": ["127.0.0.1"],
    "intranet.example": ["10.0.0.1"],
    "rebind.example": ["127.0.0.1", "10.1.1.1"],
    "v6.example": ["127.0.0.1", "::1"],
  };
  const resolver: Resolver = async (hostname) => (table[hostname] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  const viaNews = (path: string) => `http://news.example:${server.port}${path}`;

  it("imports through an allowed host name", async () => {
    const result = await fetchArticleUrl(viaNews("/article"), { addressPolicy: policy, resolver });
    expect(result.ok && result.article.url).toBe(viaNews("/article"));
  });

  it.each([
    ["/to-intranet", /intranet\.example: it points to a private network/],
    ["/to-private-literal", /192\.168\.1\.1: it points to a private network/],
    ["/to-mapped-literal", /it points to a private network/],
    ["/to-metadata", /169\.254\.169\.254: it points to a link-local address/],
  ])("refuses the redirect %s to a private address", async (path, message) => {
    const result = await fetchArticleUrl(viaNews(path), { addressPolicy: policy, resolver });
    expect(result).toMatchObject({ ok: false, error: { code: "refused_address" } });
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it("refuses a host when any of its addresses is private", async () => {
    for (const host of ["rebind.example", "v6.example"]) {
      const result = await fetchArticleUrl(`http://${host}:${server.port}/article`, { addressPolicy: policy, resolver });
      expect(result).toMatchObject({ ok: false, error: { code: "refused_address" } });
    }
  });

  it("resolves again on every redirect, so a DNS answer that changes (rebinding) is caught", async () => {
    const answers = ["127.0.0.1", "10.0.0.7"];
    const asked: string[] = [];
    const flipping: Resolver = async (hostname) => {
      asked.push(hostname);
      return [{ address: answers[Math.min(asked.length - 1, 1)], family: 4 }];
    };
    const before = server.requests.length;
    const result = await fetchArticleUrl(`http://flip.example:${server.port}/to-flip`, { addressPolicy: policy, resolver: flipping });
    expect(result).toMatchObject({ ok: false, error: { code: "refused_address" } });
    expect(asked).toEqual(["flip.example", "flip.example"]);
    expect(server.requests.slice(before)).toEqual(["/to-flip"]);
  });
});
