import { describe, expect, it } from "vitest";
import { routeLabel, routePatternsFromManifest } from "./route-pattern";

const manifest = {
  "/api/articles/route": "app/api/articles/route.js",
  "/api/articles/[id]/route": "app/api/articles/[id]/route.js",
  "/api/articles/import/route": "app/api/articles/import/route.js",
  "/api/articles/[id]/annotations/route": "app/api/articles/[id]/annotations/route.js",
  "/api/auth/[...nextauth]/route": "app/api/auth/[...nextauth]/route.js",
  "/(app)/articles/[id]/page": "app/(app)/articles/[id]/page.js",
  "/(app)/articles/[id]/report/route": "app/(app)/articles/[id]/report/route.js",
  "/(app)/my-work/page": "app/(app)/my-work/page.js",
  "/sign-in/page": "app/sign-in/page.js",
  "/_not-found/page": "app/_not-found/page.js",
  "/(app)/page": "app/(app)/page.js",
  "/docs/[[...slug]]/page": "app/docs/[[...slug]]/page.js",
};

describe("routePatternsFromManifest", () => {
  it("turns Next's app paths into URL patterns without route groups or the page/route suffix", () => {
    const patterns = routePatternsFromManifest(Object.keys(manifest)).map((pattern) => pattern.label);
    expect(patterns).toContain("/api/articles/[id]/annotations");
    expect(patterns).toContain("/articles/[id]");
    expect(patterns).toContain("/articles/[id]/report");
    expect(patterns).toContain("/");
    expect(patterns).not.toContain("/_not-found");
  });
});

describe("routeLabel", () => {
  const patterns = routePatternsFromManifest(Object.keys(manifest));

  it("labels a request by its route pattern, never by the raw URL", () => {
    expect(routeLabel("/api/articles/cm1abc/annotations", patterns)).toBe("/api/articles/[id]/annotations");
    expect(routeLabel("/articles/cm1abc", patterns)).toBe("/articles/[id]");
    expect(routeLabel("/articles/cm1abc/report", patterns)).toBe("/articles/[id]/report");
    expect(routeLabel("/my-work", patterns)).toBe("/my-work");
    expect(routeLabel("/", patterns)).toBe("/");
  });

  it("prefers a fixed segment over a parameter", () => {
    expect(routeLabel("/api/articles/import", patterns)).toBe("/api/articles/import");
  });

  it("matches catch-all segments", () => {
    expect(routeLabel("/api/auth/callback/credentials", patterns)).toBe("/api/auth/[...nextauth]");
    expect(routeLabel("/docs", patterns)).toBe("/docs/[[...slug]]");
    expect(routeLabel("/docs/a/b", patterns)).toBe("/docs/[[...slug]]");
  });

  it("groups Next's own files and anything unknown into a few fixed labels", () => {
    expect(routeLabel("/_next/static/chunks/abc.js", patterns)).toBe("/_next/static");
    expect(routeLabel("/_next/image", patterns)).toBe("/_next/image");
    expect(routeLabel("/favicon.ico", patterns)).toBe("unmatched");
    expect(routeLabel("/wp-admin/x/y/z", patterns)).toBe("unmatched");
    expect(routeLabel("/api/articles/a/b/c/d", patterns)).toBe("unmatched");
  });

  it("ignores a trailing slash and the query", () => {
    expect(routeLabel("/my-work/", patterns)).toBe("/my-work");
  });
});
