import { describe, expect, it } from "vitest";
import { findDuplicateSpans, overlapShare, type SpanOf } from "./duplicate-span";

const span = (id: string, start: number, end: number, overrides: Partial<SpanOf> = {}): SpanOf => ({ id, kind: "claim", start, end, revision: 1, ...overrides });

describe("overlapShare", () => {
  it("is 1 for the same span and 0 for spans that only touch", () => {
    expect(overlapShare({ start: 3, end: 9 }, { start: 3, end: 9 })).toBe(1);
    expect(overlapShare({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
  });

  it("measures against the longer span", () => {
    expect(overlapShare({ start: 0, end: 10 }, { start: 0, end: 8 })).toBe(0.8);
    expect(overlapShare({ start: 0, end: 8 }, { start: 0, end: 10 })).toBe(0.8);
  });

  it("is 0 for an empty span", () => {
    expect(overlapShare({ start: 4, end: 4 }, { start: 4, end: 4 })).toBe(0);
  });
});

describe("findDuplicateSpans", () => {
  const existing = [span("same", 10, 30), span("almost", 11, 30), span("inside", 15, 20), span("quote", 10, 30, { kind: "quote" }), span("old", 10, 30, { revision: 0 })];

  it("finds the same and almost the same span of the same kind on the same revision, closest first", () => {
    expect(findDuplicateSpans(existing, { kind: "claim", start: 10, end: 30, revision: 1 }).map((found) => found.id)).toEqual(["same", "almost"]);
  });

  it("does not flag a short claim inside a long one, nor another kind", () => {
    expect(findDuplicateSpans(existing, { kind: "claim", start: 16, end: 19, revision: 1 })).toEqual([]);
    expect(findDuplicateSpans(existing, { kind: "claim", start: 15, end: 19, revision: 1 }).map((found) => found.id)).toEqual(["inside"]);
    expect(findDuplicateSpans(existing, { kind: "allegation", start: 10, end: 30, revision: 1 })).toEqual([]);
  });

  it("finds nothing when the text is free", () => {
    expect(findDuplicateSpans(existing, { kind: "claim", start: 40, end: 50, revision: 1 })).toEqual([]);
  });
});
