import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPublicAddress, type AddressPolicy } from "../import/address-policy";
import { DEFAULT_ARCHIVE_LIMITS, fetchSnapshot, sha256Hex } from "./fetch-snapshot";
import { startEvidenceServer, type EvidenceServer } from "./test-support/evidence-server";

let server: EvidenceServer;
beforeAll(async () => {
  server = await startEvidenceServer();
});
afterAll(async () => {
  await server.close();
});

// 127.0.0.1 stands in for a public web site; every other address follows the production policy.
const localAsPublic: AddressPolicy = (address) => (address === "127.0.0.1" ? { allowed: true } : checkPublicAddress(address));
const limits = { ...DEFAULT_ARCHIVE_LIMITS, timeoutMs: 2000, maxBytes: 1024 * 1024 };
const snap = (path: string, overrides: Partial<typeof limits> = {}) => fetchSnapshot(`${server.base}${path}`, { ...limits, ...overrides }, { addressPolicy: localAsPublic });

describe("fetchSnapshot", () => {
  it("archives a page: final address, status, type, size, body hash and readable text", async () => {
    const result = await snap("/article");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { content } = result;
    expect(content).toMatchObject({ finalUrl: `${server.base}/article`, httpStatus: 200, contentType: "text/html; charset=utf-8", textTruncated: false });
    expect(content.title).toBe("Minister claims record export growth");
    expect(content.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(content.text).toContain("exports grew by 12 per cent");
    expect(content.text).toMatch(/last election\.\n\nOfficials/);
    expect(content.text).not.toMatch(/<|tracking|Privacy/);
    expect(content.textSha256).toBe(sha256Hex(content.text!));
  });

  it("hashes the same body the same way every time", async () => {
    const [a, b] = await Promise.all([snap("/article"), snap("/article")]);
    expect(a.ok && b.ok && a.content.sha256 === b.content.sha256).toBe(true);
  });

  it("follows a redirect and records where it ended", async () => {
    const result = await snap("/moved");
    expect(result.ok && result.content.finalUrl).toBe(`${server.base}/article`);
  });

  it.each(["/to-private", "/to-metadata"])("refuses a redirect (%s) to a private address, for good", async (path) => {
    const before = server.requests.length;
    const result = await snap(path);
    expect(result).toMatchObject({ ok: false, failure: { code: "refused_address", transient: false } });
    expect(!result.ok && result.failure.message).toMatch(/Factdesk can't archive .*: it points to (a private network|a link-local address), not a public website\./);
    expect(server.requests.length).toBe(before + 1);
  });

  it("refuses loopback by default (production policy)", async () => {
    const result = await fetchSnapshot(`${server.base}/article`, limits);
    expect(result).toMatchObject({ ok: false, failure: { code: "refused_address", transient: false } });
  });

  it("gives up after the time limit, as a transient failure", async () => {
    const started = Date.now();
    const result = await snap("/slow", { timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, failure: { code: "timeout", transient: true, message: "The site took too long to respond (the limit is 0.3 seconds)." } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("records a 404 at once, with its status", async () => {
    const result = await snap("/gone");
    expect(result).toMatchObject({ ok: false, failure: { code: "http_error", transient: false, httpStatus: 404, message: "The site answered 404 Not Found.", finalUrl: `${server.base}/gone` } });
  });

  it("treats a 503 as transient", async () => {
    server.failFlaky(1);
    expect(await snap("/flaky")).toMatchObject({ ok: false, failure: { code: "http_error", transient: true, httpStatus: 503 } });
    expect((await snap("/flaky")).ok).toBe(true);
  });

  it("stops reading beyond the size limit, for good", async () => {
    const result = await snap("/huge", { maxBytes: 512 * 1024 });
    expect(result).toMatchObject({ ok: false, failure: { code: "too_large", transient: false, message: "The page is larger than the archive's limit of 512 KB." } });
  });

  it("reads a PDF's text and title", async () => {
    const result = await snap("/report.pdf");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content).toMatchObject({ contentType: "application/pdf", title: "Annual statistics report" });
    expect(result.content.text).toContain("Exports grew by 8 per cent in 2023.");
    expect(result.content.text).toContain("Imports fell by 2 per cent.");
  });

  it("reads only the first pages of a long PDF, and says so", async () => {
    const result = await snap("/report.pdf", { maxPdfPages: 1 });
    expect(result.ok && result.content.text).toMatch(/8 per cent in 2023\.\n\n\[Only the first 1 of 2 pages were read\.\]$/);
    expect(result.ok && result.content.text).not.toContain("Imports");
  });

  it("keeps plain text as it is and other types by their hash only", async () => {
    const text = await snap("/notes.txt");
    expect(text.ok && text.content.text).toBe("Minutes of the meeting.\nExports were discussed.");
    const image = await snap("/image.png");
    expect(image.ok && image.content).toMatchObject({ contentType: "image/png", text: null, textSha256: null, byteLength: 8 });
  });

  it("caps the readable text", async () => {
    const result = await snap("/article", { maxTextChars: 50 });
    expect(result.ok && result.content.text?.length).toBe(50);
    expect(result.ok && result.content.textTruncated).toBe(true);
  });
});
