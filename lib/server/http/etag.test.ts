import { describe, expect, it } from "vitest";
import { expectedRevision, expectedVersion, revisionEtag, versionEtag } from "./etag";

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

describe("article revision ETags", () => {
  it("round-trips a revision number, If-Match first, then the body", () => {
    expect(revisionEtag(4)).toBe('"r4"');
    expect(expectedRevision(new Headers({ "if-match": revisionEtag(4) }), 2)).toBe(4);
    expect(expectedRevision(new Headers({ "if-match": 'W/"r4"' }))).toBe(4);
    expect(expectedRevision(new Headers(), 2)).toBe(2);
    expect(expectedRevision(new Headers())).toBeUndefined();
  });
  it("rejects an ETag that is not an article revision's", () => {
    expect(expectedRevision(new Headers({ "if-match": '"v4"' }))).toBeNull();
    expect(expectedRevision(new Headers({ "if-match": "*" }))).toBeNull();
  });
});
