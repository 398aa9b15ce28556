import { describe, expect, it } from "vitest";
import type { Suggestion } from "./suggest";
import { visibleSuggestions } from "./visible-suggestions";

const quote = (start: number, end: number): Suggestion => ({ kind: "quote", start, end, exact: "x", fields: { speaker: "A" }, reason: "", reasonCode: "quotation", signals: [], confidence: 0.9 });

describe("visibleSuggestions", () => {
  it("hides a dismissed span of the same kind only", () => {
    expect(visibleSuggestions([quote(0, 5), quote(10, 15)], [], [{ kind: "quote", start: 0, end: 5 }])).toEqual([quote(10, 15)]);
    expect(visibleSuggestions([quote(0, 5)], [], [{ kind: "claim", start: 0, end: 5 }])).toEqual([quote(0, 5)]);
  });

  it("hides a suggestion an annotation of the same kind already overlaps", () => {
    expect(visibleSuggestions([quote(0, 5), quote(10, 15)], [{ kind: "quote", start: 3, end: 12 }], [])).toEqual([]);
    expect(visibleSuggestions([quote(0, 5)], [{ kind: "claim", start: 0, end: 5 }], [])).toEqual([quote(0, 5)]);
    expect(visibleSuggestions([quote(0, 5)], [{ kind: "quote", start: 5, end: 9 }], [])).toEqual([quote(0, 5)]);
  });
});
