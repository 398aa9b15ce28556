import { describe, expect, it } from "vitest";
import { findOccurrences } from "./occurrences";

describe("findOccurrences", () => {
  it("finds overlapping occurrences within a range, up to a limit", () => {
    expect(findOccurrences("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(findOccurrences("aaaa", "aa", 2)).toEqual([0, 1]);
    expect(findOccurrences("abcabc", "abc", Infinity, 1)).toEqual([3]);
    expect(findOccurrences("abcabc", "abc", Infinity, 0, 5)).toEqual([0]);
    expect(findOccurrences("abc", "")).toEqual([]);
  });

  it("skips matches that would split a surrogate pair", () => {
    expect(findOccurrences("😀😃", "\ude00")).toEqual([]);
    expect(findOccurrences("😀😀", "😀")).toEqual([0, 2]);
  });
});
