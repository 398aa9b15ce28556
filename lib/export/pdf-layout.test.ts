import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { hasRtlCharacters, mirrorCharacters, paragraphLevels, visualOrder } from "./pdf-bidi";
import { installFastLatinLayout, isSimpleLatin } from "./pdf-fast-latin";
import { fontName, loadFonts, registerFonts, type LoadedFonts } from "./pdf-fonts";
import { layoutParagraph, toPieces, type Measure, type RunStyle } from "./pdf-layout";

/** Every character 5 pt wide at size 10, whatever the font. */
const measure: Measure = (_font, size, text) => Array.from(text).length * size * 0.5;
const fonts: LoadedFonts = {
  files: {} as LoadedFonts["files"],
  // Arabic 1; space, digits, full stop and joiners 2; emoji (U+1F300…) 4; CJK and other astral 3; Latin 0.
  slotOf: (cp) =>
    cp >= 0x600 && cp <= 0x6ff
      ? 1
      : cp === 0x20 || (cp >= 0x30 && cp <= 0x39) || cp === 0x2e || cp === 0x200d || cp === 0xfe0f
        ? 2
        : cp >= 0x1f300 && cp <= 0x1faff
          ? 4
          : cp > 0xffff || (cp >= 0x3000 && cp <= 0x9fff)
            ? 3
            : 0,
};
const body: RunStyle = { role: "regular", size: 10, color: "#000000" };
const bold: RunStyle = { role: "bold", size: 10, color: "#000000" };
const lineTexts = (lines: ReturnType<typeof layoutParagraph>) => lines.map((line) => line.pieces.map((p) => p.text).join(""));

describe("layoutParagraph", () => {
  it("wraps at spaces, never wider than the line", () => {
    const lines = layoutParagraph([{ text: "aaaa bbbb cccc dddd eeee", style: body }], 50, fonts, measure);
    expect(lineTexts(lines)).toEqual(["aaaa bbbb ", "cccc dddd ", "eeee"]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(50);
  });

  it("does not break between pieces of one word split by a style change", () => {
    const lines = layoutParagraph(
      [
        { text: "aaaa bb", style: body },
        { text: "bb", style: bold },
        { text: " cccc", style: body },
      ],
      42,
      fonts,
      measure,
    );
    expect(lineTexts(lines)).toEqual(["aaaa ", "bbbb ", "cccc"]);
  });

  it("cuts a word wider than the line between characters", () => {
    const lines = layoutParagraph([{ text: "https://example.org/a/very/long/path x", style: body }], 50, fonts, measure);
    expect(lines.length).toBeGreaterThan(3);
    expect(lineTexts(lines).join("")).toBe("https://example.org/a/very/long/path x");
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(50);
  });

  it("gives nothing for an empty paragraph", () => {
    expect(layoutParagraph([{ text: "", style: body }], 50, fonts, measure)).toEqual([]);
  });

  it("turns control characters into spaces and text no font covers into a placeholder naming its script", () => {
    const lines = layoutParagraph([{ text: "a\tb 中文 测试 c 𓀀", style: body }], 500, fonts, measure);
    expect(lineTexts(lines)).toEqual(["a b [CJK text] c [unsupported text]"]);
  });

  it("sets emoji in the emoji font, keeping joiners with them and the spaces after them in the Latin font", () => {
    const { pieces } = toPieces([{ text: "ok 👩\u200D👩\uFE0F done", style: body }], fonts, measure);
    expect(pieces.map((p) => [p.text, p.font])).toEqual([
      ["ok ", fontName("regular", 0)],
      ["👩\u200D👩\uFE0F", fontName("regular", 4)],
      [" ", fontName("regular", 0)],
      ["done", fontName("regular", 0)],
    ]);
  });

  it("drops a variation selector that follows text outside the emoji font", () => {
    const { pieces } = toPieces([{ text: "a\uFE0F b", style: body }], fonts, measure);
    expect(pieces.map((p) => p.text).join("")).toBe("a b");
  });

  it("sets Arabic script in the Arabic font, right to left, with neutrals following their neighbours", () => {
    const { pieces, rtl } = toPieces([{ text: "وزیر 12 نے", style: body }], fonts, measure);
    expect(rtl).toBe(true);
    expect(pieces.map((p) => [p.text, p.font, p.level % 2])).toEqual([
      ["وزیر ", fontName("regular", 1), 1],
      ["12", fontName("regular", 1), 0],
      [" ", fontName("regular", 1), 1],
      ["نے", fontName("regular", 1), 1],
    ]);
  });

  it("keeps a left-to-right paragraph with an Urdu phrase left to right", () => {
    const { pieces, rtl } = toPieces([{ text: "He said وزیر نے today", style: body }], fonts, measure);
    expect(rtl).toBe(false);
    expect(pieces.find((p) => p.text.startsWith("وزیر"))!.level).toBe(1);
    expect(pieces[0].font).toBe(fontName("regular", 0));
  });
});

describe("bidi helpers", () => {
  it.each([
    [
      [0, 0, 1, 1, 0],
      [0, 1, 3, 2, 4],
    ],
    [
      [1, 1, 1],
      [2, 1, 0],
    ],
    [
      [1, 2, 2, 1],
      [3, 1, 2, 0],
    ],
    [
      [0, 0],
      [0, 1],
    ],
  ])("orders levels %j visually as %j", (levels, order) => {
    expect(visualOrder(levels)).toEqual(order);
  });

  it("detects right-to-left text and mirrors brackets", () => {
    expect(hasRtlCharacters("abc")).toBe(false);
    expect(hasRtlCharacters("abc مہ")).toBe(true);
    expect(paragraphLevels("plain").levels).toBeNull();
    expect(paragraphLevels("مہنگائی (کم)").rtl).toBe(true);
    expect(mirrorCharacters("(a) [b] «c»")).toBe(")a( ]b[ »c«");
  });
});

describe("fast Latin layout", () => {
  it("takes only plain Latin text", () => {
    expect(isSimpleLatin("Zürich, São Paulo — Łódź 12% “quoted” €5")).toBe(true);
    for (const text of ["e\u0301", "مہ", "a‍b", "😀", "ऄ"]) expect(isSimpleLatin(text)).toBe(false);
  });

  it("measures within 0.1% of fontkit's full shaping, kerning included", () => {
    const loaded = loadFonts();
    const plain = new PDFDocument({ autoFirstPage: false });
    const fast = new PDFDocument({ autoFirstPage: false });
    registerFonts(plain, loaded);
    registerFonts(fast, loaded);
    expect(installFastLatinLayout(fast, [fontName("regular", 0), fontName("bold", 0)])).toBe(2);
    for (const role of ["regular", "bold"] as const) {
      for (const text of ["AVATAR To Yo Wa", "The minister said: “We have agreed on a framework.”", "Zürich Łódź 1234567890"]) {
        const a = plain.font(fontName(role, 0)).fontSize(10).widthOfString(text);
        const b = fast.font(fontName(role, 0)).fontSize(10).widthOfString(text);
        expect(Math.abs(a - b) / a).toBeLessThan(0.001);
      }
    }
    fast.font(fontName("regular", 0));
    expect(fast.widthOfString("AV")).toBeLessThan(fast.widthOfString("A") + fast.widthOfString("V"));
  });
});
