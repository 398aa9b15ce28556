import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "../anchoring/code-points";
import { isIncluded, numberAnnotations, placeAnnotation, selectAnnotations } from "./select-annotations";
import { annotate, englishInput, ENGLISH_TEXT, urduInput } from "./sample-input.test-helper";

const claim = (id: string, quote: string, extra = {}) => annotate(ENGLISH_TEXT, id, { kind: "claim", quote, fields: { claimant: "x", verdict: "true", rationale: "" }, ...extra });

describe("selectAnnotations", () => {
  it("keeps approved annotations only by default", () => {
    const selected = selectAnnotations(englishInput());
    expect(selected.every((entry) => entry.annotation.status === "approved")).toBe(true);
    expect(selected).toHaveLength(5);
  });

  it("leaves approved annotations whose text is gone or changed out of an approved-only export", () => {
    const input = englishInput();
    const approved = input.annotations.find((a) => a.status === "approved")!;
    const orphan = { ...approved, id: "approved-orphan", anchorState: "orphaned" as const };
    const changed = { ...approved, id: "approved-changed", anchorState: "changed" as const };
    const ids = selectAnnotations({ ...input, annotations: [...input.annotations, orphan, changed] }).map((e) => e.annotation.id);
    expect(ids).not.toContain("approved-orphan");
    expect(ids).not.toContain("approved-changed");
    expect(isIncluded(orphan, { ...input.context, includeAll: true })).toBe(true);
  });

  it("keeps every status with includeAll", () => {
    expect(selectAnnotations(englishInput(true))).toHaveLength(9);
  });

  it("numbers 1..n in document order: start, then longer first, unplaced last", () => {
    const selected = selectAnnotations(englishInput(true));
    expect(selected.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const placed = selected.filter((e) => e.placed);
    for (let i = 1; i < placed.length; i++) {
      const [a, b] = [placed[i - 1].annotation, placed[i].annotation];
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
    }
    expect(selected.at(-1)!.annotation.id).toBe("a-orphan");
    expect(selected.at(-1)!.placed).toBe(false);
  });

  it("orders ties by creation time, then id, whatever the input order", () => {
    const a = claim("b", "Doha", { createdAt: "2024-01-01T00:00:00Z" });
    const b = claim("a", "Doha", { createdAt: "2024-01-01T00:00:00Z" });
    const c = claim("c", "Doha", { createdAt: "2023-01-01T00:00:00Z" });
    expect(numberAnnotations(ENGLISH_TEXT, [a, b, c]).map((e) => e.annotation.id)).toEqual(["c", "a", "b"]);
    expect(numberAnnotations(ENGLISH_TEXT, [c, b, a]).map((e) => e.annotation.id)).toEqual(["c", "a", "b"]);
  });

  it("places by code points and gives UTF-16 offsets", () => {
    const input = urduInput();
    const prices = selectAnnotations(input).find((e) => e.annotation.id === "u-prices")!;
    expect(prices.placed).toBe(true);
    expect(input.article.text.slice(prices.from, prices.to)).toBe("🎉 by 12%");
    expect(prices.from).toBe(prices.annotation.start + 1);
  });
});

describe("placeAnnotation", () => {
  const index = createCodePointIndex(ENGLISH_TEXT);

  it("places an anchored annotation whose positions hold its quote", () => {
    expect(placeAnnotation(index, claim("x", "Doha")).placed).toBe(true);
  });

  it.each([
    ["orphaned", { anchorState: "orphaned" }],
    ["out of range", { start: 0, end: 10_000 }],
    ["empty", { end: 10 }],
    ["quote mismatch", { exact: "Paris" }],
  ])("does not place an annotation that is %s", (_name, change) => {
    const annotation = { ...claim("x", "Doha"), ...change } as ReturnType<typeof claim>;
    if (_name === "empty") annotation.start = annotation.end;
    expect(placeAnnotation(index, annotation)).toEqual({ placed: false, from: -1, to: -1 });
  });

  it("places a changed annotation when the quote is still there", () => {
    expect(placeAnnotation(index, { ...claim("x", "Doha"), anchorState: "changed" }).placed).toBe(true);
  });
});

describe("isIncluded", () => {
  it("follows includeAll", () => {
    const { context } = englishInput();
    const draft = { ...claim("x", "Doha"), status: "draft" as const };
    expect(isIncluded(draft, context)).toBe(false);
    expect(isIncluded(draft, { ...context, includeAll: true })).toBe(true);
    expect(isIncluded(claim("y", "Doha"), context)).toBe(true);
  });
});
