import { describe, expect, it } from "vitest";
import { loadFonts } from "./pdf-fonts";
import { replaceUncovered, scriptNameOf, uncoveredPlaceholder } from "./pdf-uncovered";

const fonts = loadFonts();

describe("scriptNameOf", () => {
  it.each([
    ["中", "CJK"],
    ["。", "CJK"],
    ["の", "CJK"],
    ["カ", "CJK"],
    ["한", "CJK"],
    ["ש", "Hebrew"],
    ["ส", "Thai"],
    ["ა", "Georgian"],
    ["অ", "Bengali"],
    ["த", "Tamil"],
    ["𓀀", "unsupported"],
  ])("names %s as %s", (char, name) => {
    expect(scriptNameOf(char)).toBe(name);
  });
});

describe("replaceUncovered (the report's real fonts)", () => {
  it("leaves Latin, Greek, Cyrillic, Devanagari, Arabic and emoji alone", () => {
    const text = "Café Ελλάδα Москва हिन्दी مہنگائی 😀 👍🏽 ✅ © ™";
    expect(replaceUncovered(text, fonts)).toBe(text);
  });

  it("replaces each stretch of an uncovered script by one placeholder, spaces inside included", () => {
    expect(replaceUncovered("said 北京 会议 in 2024", fonts)).toBe("said [CJK text] in 2024");
    expect(replaceUncovered("한국어 문장", fonts)).toBe("[CJK text]");
  });

  it("keeps digits and Latin between stretches, and names each script", () => {
    expect(replaceUncovered("中文 2024 年", fonts)).toBe("[CJK text] 2024 [CJK text]");
    expect(replaceUncovered("שלום สวัสดี", fonts)).toBe("[Hebrew text] [Thai text]");
  });

  it("keeps the spaces after the last stretch", () => {
    expect(replaceUncovered("中文  ", fonts)).toBe("[CJK text]  ");
  });

  it("writes placeholders in brackets", () => {
    expect(uncoveredPlaceholder("Thai")).toBe("[Thai text]");
  });
});

describe("loadFonts coverage slots", () => {
  it("puts emoji in the emoji slot and keeps text forms in the Latin one", () => {
    expect(fonts.slotOf("😀".codePointAt(0)!)).toBe(4);
    expect(fonts.slotOf(0x1f3fd)).toBe(4);
    expect(fonts.slotOf(0x2705)).toBe(4);
    expect(fonts.slotOf("©".codePointAt(0)!)).toBe(0);
    expect(fonts.slotOf(0x200d)).toBe(2);
    expect(fonts.slotOf(0xfe0f)).toBe(2);
    expect(fonts.slotOf("中".codePointAt(0)!)).toBe(3);
  });
});
