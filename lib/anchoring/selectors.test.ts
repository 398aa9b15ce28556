import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "./code-points";
import { CONTEXT_LENGTH, InvalidSpanError, checkSpan, describeSpan } from "./selectors";

const LONG = "The quick brown fox jumps over the lazy dog. ".repeat(3);

describe("describeSpan", () => {
  it("returns W3C position and quote selectors with 32 code points of context", () => {
    const start = LONG.indexOf("lazy", 50);
    const selectors = describeSpan(LONG, start, start + 4);
    expect(selectors.position).toEqual({ type: "TextPositionSelector", start, end: start + 4 });
    expect(selectors.quote.type).toBe("TextQuoteSelector");
    expect(selectors.quote.exact).toBe("lazy");
    expect(selectors.quote.prefix).toBe(LONG.slice(start - 32, start));
    expect(selectors.quote.suffix).toBe(LONG.slice(start + 4, start + 36));
    expect(CONTEXT_LENGTH).toBe(32);
  });

  it("shortens the context at the text's edges", () => {
    expect(describeSpan("One Two Three", 0, 3).quote).toMatchObject({ exact: "One", prefix: "", suffix: " Two Three" });
    expect(describeSpan("One Two Three", 8, 13).quote).toMatchObject({ exact: "Three", prefix: "One Two ", suffix: "" });
    expect(describeSpan("One", 0, 3).quote).toMatchObject({ prefix: "", suffix: "" });
  });

  it("counts code points: emoji are one, context is 32 code points not units", () => {
    const text = "😀".repeat(40) + "X" + "👍🏽".repeat(20);
    const selectors = describeSpan(text, 40, 41);
    expect(selectors.quote.exact).toBe("X");
    expect(Array.from(selectors.quote.prefix)).toHaveLength(32);
    expect(selectors.quote.prefix).toBe("😀".repeat(32));
    expect(Array.from(selectors.quote.suffix)).toHaveLength(32);
    expect(selectors.quote.suffix).toBe("👍🏽".repeat(16));
  });

  it("takes a span covering an emoji whole", () => {
    expect(describeSpan("a😀b", 1, 2).quote.exact).toBe("😀");
  });

  it("describes right-to-left text by logical order", () => {
    const text = "خبر: وزیر اعظم نے کہا کہ معیشت بہتر ہے۔";
    const start = Array.from(text).indexOf("و");
    const selectors = describeSpan(text, start, start + 9);
    expect(selectors.quote.exact).toBe("وزیر اعظم");
    expect(selectors.quote.prefix).toBe("خبر: ");
  });

  it("counts combining marks as code points", () => {
    const text = "re\u0301sume\u0301";
    expect(describeSpan(text, 0, 3).quote.exact).toBe("re\u0301");
    expect(describeSpan(text, 2, 3).quote.exact).toBe("\u0301");
  });

  it("accepts a prepared code-point index", () => {
    const index = createCodePointIndex("a😀bc");
    expect(describeSpan(index, 2, 3).quote).toMatchObject({ exact: "b", prefix: "a😀", suffix: "c" });
  });

  it("honours a custom context length", () => {
    expect(describeSpan(LONG, 10, 15, { contextLength: 4 }).quote).toMatchObject({ prefix: "ick ", suffix: " fox" });
  });

  it.each([
    [5, 3, "reversed", /reversed/],
    [4, 4, "empty", /empty/],
    [-1, 3, "out-of-range", /out of range/],
    [0, 999, "out-of-range", /out of range/],
    [0.5, 3, "not-integer", /integers/],
    [0, Number.NaN, "not-integer", /integers/],
  ])("rejects span %s…%s as %s", (start, end, problem, message) => {
    let error: unknown;
    try {
      describeSpan("Some text here", start, end);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidSpanError);
    expect((error as InvalidSpanError).problem).toBe(problem);
    expect((error as Error).message).toMatch(message);
  });

  it("counts the range limit in code points", () => {
    expect(() => describeSpan("😀😀", 0, 2)).not.toThrow();
    expect(() => describeSpan("😀😀", 0, 3)).toThrow(InvalidSpanError);
  });
});

describe("checkSpan", () => {
  it("returns null for a good span and the problem otherwise", () => {
    expect(checkSpan(10, 0, 10)).toBeNull();
    expect(checkSpan(10, 3, 2)?.problem).toBe("reversed");
    expect(checkSpan(10, 3, 3)?.problem).toBe("empty");
    expect(checkSpan(10, 3, 11)?.problem).toBe("out-of-range");
  });
});
