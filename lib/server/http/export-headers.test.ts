import { describe, expect, it } from "vitest";
import { contentDisposition, exportHeaders, REPORT_CSP, withReportMetaCsp } from "./export-headers";

describe("export headers", () => {
  it("makes a download: type, attachment name, no caching, no sniffing, request id", () => {
    expect(exportHeaders({ contentType: "text/csv; charset=utf-8", fileName: "claims.csv", requestId: "r1" })).toEqual({
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="claims.csv"; filename*=UTF-8''claims.csv`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "x-request-id": "r1",
    });
  });

  it("adds the report's own CSP to HTML, and shows it inline when there is no file name", () => {
    const headers = exportHeaders({ contentType: "text/html; charset=utf-8", html: true });
    expect(headers["content-security-policy"]).toBe(REPORT_CSP);
    expect(headers["content-disposition"]).toBeUndefined();
    expect(headers["x-request-id"]).toBeUndefined();
  });

  it("names a file in ASCII with an exact RFC 5987 twin", () => {
    expect(contentDisposition('Ünïcode "quoted" (1).pdf')).toBe(`attachment; filename="_n_code _quoted_ (1).pdf"; filename*=UTF-8''%C3%9Cn%C3%AFcode%20%22quoted%22%20%281%29.pdf`);
  });

  it("puts the CSP in the report's head too", () => {
    expect(withReportMetaCsp("<html><head><title>x</title>")).toMatch(/^<html><head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*"><title>/);
  });
});
