import { describe, expect, it } from "vitest";
import { codePointLength, createCodePointIndex, isCodePointRange, sliceCodePoints } from "./code-points";

describe("code points", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["😀", 1],
    ["a😀b", 3],
    ["👩‍👩‍👧", 5],
    ["e\u0301", 2],
    ["مہنگائی", 7],
    ["\uD800x", 2],
  ])("counts %j as %i code points", (text, length) => {
    expect(codePointLength(text)).toBe(length);
    expect(createCodePointIndex(text).length).toBe(length);
  });

  it("maps code point offsets to UTF-16 offsets after surrogate pairs", () => {
    const text = "a😀b🎉c";
    const index = createCodePointIndex(text);
    expect([0, 1, 2, 3, 4, 5].map((cp) => index.toUtf16(cp))).toEqual([0, 1, 3, 4, 6, 7]);
    expect(sliceCodePoints(text, index, 1, 4)).toBe("😀b🎉");
    expect(sliceCodePoints(text, index, 4, 5)).toBe("c");
  });

  it("is the identity without surrogates", () => {
    const index = createCodePointIndex("وزیر اعظم");
    expect(index.toUtf16(4)).toBe(4);
    expect(sliceCodePoints("وزیر اعظم", index, 5, 9)).toBe("اعظم");
  });

  it("agrees with Array.from on mixed text", () => {
    const text = "Prices rose 🎉 by 12% in Karachi, Cafe\u0301 owners 👩‍👩‍👧 said. پاکستان";
    const index = createCodePointIndex(text);
    const points = Array.from(text);
    for (let start = 0; start < points.length; start += 3) {
      for (let end = start; end <= points.length; end += 5) expect(sliceCodePoints(text, index, start, end)).toBe(points.slice(start, end).join(""));
    }
  });

  it("accepts only non-empty integer ranges inside the text", () => {
    const index = createCodePointIndex("a😀b");
    expect(isCodePointRange(index, 0, 3)).toBe(true);
    expect(isCodePointRange(index, 1, 1)).toBe(false);
    expect(isCodePointRange(index, 2, 1)).toBe(false);
    expect(isCodePointRange(index, -1, 2)).toBe(false);
    expect(isCodePointRange(index, 0, 4)).toBe(false);
    expect(isCodePointRange(index, 0.5, 2)).toBe(false);
  });
});
