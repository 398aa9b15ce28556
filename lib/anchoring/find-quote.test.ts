import { describe, expect, it } from "vitest";
import { findQuote } from "./find-quote";

const TEXT = "The minister said taxes would fall. Later the minister said taxes would rise. 😀 پاکستان";

describe("findQuote", () => {
  it("places a unique quote", () => {
    expect(findQuote(TEXT, { exact: "would fall" })).toEqual({ found: true, start: 24, end: 34 });
  });

  it("tells repeated quotes apart by prefix", () => {
    const result = findQuote(TEXT, { exact: "the minister said", prefix: "Later " });
    expect(result).toEqual({ found: true, start: 42, end: 59 });
  });

  it("tells repeated quotes apart by suffix", () => {
    expect(findQuote(TEXT, { exact: "minister said taxes", suffix: " would rise" })).toMatchObject({ found: true, start: 46 });
    expect(findQuote(TEXT, { exact: "minister said taxes", suffix: " would fall" })).toMatchObject({ found: true, start: 4 });
  });

  it("reports ambiguity when the context does not decide", () => {
    const result = findQuote(TEXT, { exact: "minister said" });
    expect(result).toMatchObject({ found: false, reason: "ambiguous", candidates: 2 });
  });

  it("reports a context that fits no occurrence", () => {
    expect(findQuote(TEXT, { exact: "minister said", prefix: "Yesterday the " })).toMatchObject({ found: false, reason: "context-mismatch", candidates: 2 });
  });

  it("reports a quote that does not occur, and an empty one", () => {
    expect(findQuote(TEXT, { exact: "taxes would stay" })).toMatchObject({ found: false, reason: "not-found" });
    expect(findQuote(TEXT, { exact: "" })).toMatchObject({ found: false, reason: "empty-quote" });
  });

  it("returns code-point offsets after emoji", () => {
    const result = findQuote(TEXT, { exact: "پاکستان" });
    expect(result).toMatchObject({ found: true });
    if (result.found) expect(Array.from(TEXT).slice(result.start, result.end).join("")).toBe("پاکستان");
    expect(result).toMatchObject({ start: Array.from(TEXT).length - 7 });
  });

  it("never matches half of a surrogate pair", () => {
    expect(findQuote("a😀b", { exact: "\ude00" })).toMatchObject({ found: false, reason: "not-found" });
  });

  it("matches at the very start and end with empty context", () => {
    expect(findQuote("abc abc", { exact: "abc", prefix: "", suffix: " abc" })).toEqual({ found: true, start: 0, end: 3 });
    expect(findQuote("abc abc", { exact: "abc", prefix: "abc " })).toEqual({ found: true, start: 4, end: 7 });
  });
});
