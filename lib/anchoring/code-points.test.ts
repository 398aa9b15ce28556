import { describe, expect, it } from "vitest";
import { codePointLength, codePointSlice, createCodePointIndex, isInsideSurrogatePair, toCodePointIndex } from "./code-points";
import { mulberry32 } from "./test-support/random";

/** Reference conversions straight from `Array.from`, which iterates by code point. */
function reference(text: string) {
  const points = Array.from(text);
  const utf16Of: number[] = [0];
  for (const p of points) utf16Of.push(utf16Of[utf16Of.length - 1] + p.length);
  return { points, utf16Of };
}

const PIECES = ["a", "b", " ", "😀", "👍🏽", "é", "e\u0301", "پاکستان", "اردو", "\u{1F1F5}\u{1F1F0}", "\ud800", "\udc00", "\n", "中", "𝔘"];

describe("createCodePointIndex", () => {
  it("counts an emoji as one code point and a BMP letter as one", () => {
    const index = createCodePointIndex("a😀b");
    expect(index.length).toBe(3);
    expect(index.isBmpOnly).toBe(false);
    expect(index.toUtf16(0)).toBe(0);
    expect(index.toUtf16(1)).toBe(1);
    expect(index.toUtf16(2)).toBe(3);
    expect(index.toUtf16(3)).toBe(4);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.slice(1, 2)).toBe("😀");
  });

  it("is the identity for BMP-only text", () => {
    const index = createCodePointIndex("پاکستان زندہ باد");
    expect(index.isBmpOnly).toBe(true);
    for (let i = 0; i <= index.text.length; i++) {
      expect(index.toCodePoint(i)).toBe(i);
      expect(index.toUtf16(i)).toBe(i);
    }
  });

  it("rounds an index inside a surrogate pair down to that code point", () => {
    const index = createCodePointIndex("x😀y");
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.toCodePoint(3)).toBe(2);
  });

  it("counts combining marks as code points of their own", () => {
    const text = "cafe\u0301!";
    const index = createCodePointIndex(text);
    expect(index.length).toBe(6);
    expect(index.slice(3, 5)).toBe("e\u0301");
  });

  it("counts lone surrogates as one code point each, like Array.from", () => {
    for (const text of ["\ud800", "a\udc00b", "\udc00\ud800", "😀\ud800"]) {
      expect(createCodePointIndex(text).length).toBe(Array.from(text).length);
    }
  });

  it("clamps offsets outside the text", () => {
    const index = createCodePointIndex("a😀");
    expect(index.toUtf16(-5)).toBe(0);
    expect(index.toUtf16(99)).toBe(3);
    expect(index.toCodePoint(-1)).toBe(0);
    expect(index.toCodePoint(99)).toBe(2);
  });

  it("handles the empty string", () => {
    const index = createCodePointIndex("");
    expect(index.length).toBe(0);
    expect(index.toUtf16(0)).toBe(0);
    expect(index.slice(0)).toBe("");
  });

  it("agrees with Array.from on random mixed-script strings", () => {
    const random = mulberry32(7);
    for (let trial = 0; trial < 200; trial++) {
      let text = "";
      const pieces = Math.floor(random() * 40);
      for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(random() * PIECES.length)];
      const { points, utf16Of } = reference(text);
      const index = createCodePointIndex(text);
      expect(index.length).toBe(points.length);
      expect(codePointLength(text)).toBe(points.length);
      for (let c = 0; c <= points.length; c++) {
        expect(index.toUtf16(c)).toBe(utf16Of[c]);
        expect(index.toCodePoint(utf16Of[c])).toBe(c);
      }
      const a = Math.floor(random() * (points.length + 1));
      const b = a + Math.floor(random() * (points.length + 1 - a));
      expect(index.slice(a, b)).toBe(points.slice(a, b).join(""));
      expect(codePointSlice(text, a, b)).toBe(points.slice(a, b).join(""));
    }
  });

  it("indexes 130,000 characters and converts 10,000 offsets quickly", () => {
    const random = mulberry32(1);
    let text = "";
    while (text.length < 130_000) text += random() < 0.02 ? "😀" : random() < 0.05 ? "پاکستان " : "word ";
    const started = performance.now();
    const index = createCodePointIndex(text);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const c = Math.floor(random() * index.length);
      sum += index.toCodePoint(index.toUtf16(c)) - c;
    }
    const elapsed = performance.now() - started;
    expect(sum).toBe(0);
    expect(elapsed).toBeLessThan(250);
  });
});

describe("helpers", () => {
  it("isInsideSurrogatePair finds the middle of a pair only", () => {
    expect(isInsideSurrogatePair("a😀b", 1)).toBe(false);
    expect(isInsideSurrogatePair("a😀b", 2)).toBe(true);
    expect(isInsideSurrogatePair("a😀b", 3)).toBe(false);
    expect(isInsideSurrogatePair("\udc00", 0)).toBe(false);
  });

  it("toCodePointIndex reuses an index and indexes a string", () => {
    const index = createCodePointIndex("abc");
    expect(toCodePointIndex(index)).toBe(index);
    expect(toCodePointIndex("a😀").length).toBe(2);
  });
});
