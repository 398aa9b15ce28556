import { describe, expect, it } from "vitest";
import { authRedirectTarget } from "./auth-redirect";

describe("authRedirectTarget", () => {
  it("keeps a path as a path, so the browser stays on the address it used", () => {
    expect(authRedirectTarget("/articles", "http://localhost:3000")).toBe("/articles");
    expect(authRedirectTarget("/review?kind=claim#x", "http://localhost:3000")).toBe("/review?kind=claim#x");
    expect(authRedirectTarget("/sign-in", "http://localhost:3000")).toBe("/sign-in");
  });
  it("turns an absolute URL on the desk's own origin into its path", () => {
    expect(authRedirectTarget("http://localhost:3000/articles?x=1", "http://localhost:3000")).toBe("/articles?x=1");
  });
  it("does not follow a host taken from a forged or proxy X-Forwarded-Host to another site", () => {
    expect(authRedirectTarget("http://evil.example/articles", "http://localhost:3000")).toBe("/");
    // Even when the forged host became Auth.js's base URL, the browser only gets a path.
    expect(authRedirectTarget("http://evil.example/articles", "http://evil.example")).toBe("/articles");
  });
  it("refuses protocol-relative and malformed targets", () => {
    expect(authRedirectTarget("//evil.example/x", "http://localhost:3000")).toBe("/");
    expect(authRedirectTarget("/\\evil.example", "http://localhost:3000")).toBe("/");
    expect(authRedirectTarget("not a url", "http://localhost:3000")).toBe("/");
  });
  it("uses FACTDESK_BASE_URL when it is configured", () => {
    expect(authRedirectTarget("/articles", "http://127.0.0.1:3000", "https://desk.example.org")).toBe("https://desk.example.org/articles");
    expect(authRedirectTarget("/sign-in", "http://127.0.0.1:3000", "https://desk.example.org/")).toBe("https://desk.example.org/sign-in");
  });
});
