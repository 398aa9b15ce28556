import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const request = (method: string, headers: Record<string, string>) => ({ method, url: "http://localhost:3000/api/x", headers: new Headers(headers) });

describe("isSameOriginRequest", () => {
  it("lets reads through", () => {
    expect(isSameOriginRequest(request("GET", { origin: "https://evil.example" }))).toBe(true);
  });
  it("trusts Sec-Fetch-Site when the browser sends it", () => {
    expect(isSameOriginRequest(request("POST", { "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(request("POST", { "sec-fetch-site": "cross-site", origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(false);
  });
  it("compares Origin with Host otherwise", () => {
    expect(isSameOriginRequest(request("PATCH", { origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOriginRequest(request("PATCH", { origin: "http://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(request("DELETE", { host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(request("POST", { origin: "null", host: "localhost:3000" }))).toBe(false);
  });
});
