import { describe, expect, it } from "vitest";
import { expectedVersion, versionEtag } from "./etag";

describe("ETags", () => {
  it("round-trips a version", () => {
    expect(expectedVersion(new Headers({ "if-match": versionEtag(7) }))).toBe(7);
    expect(expectedVersion(new Headers({ "if-match": 'W/"v7"' }))).toBe(7);
  });
  it("prefers If-Match over the body, and falls back to the body", () => {
    expect(expectedVersion(new Headers({ "if-match": '"v2"' }), 5)).toBe(2);
    expect(expectedVersion(new Headers(), 5)).toBe(5);
    expect(expectedVersion(new Headers())).toBeUndefined();
  });
  it("rejects an ETag that isn't ours", () => {
    expect(expectedVersion(new Headers({ "if-match": '"abc"' }))).toBeNull();
    expect(expectedVersion(new Headers({ "if-match": "*" }))).toBeNull();
  });
});
