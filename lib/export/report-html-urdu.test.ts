import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { renderReportHtml } from "./report-html";
import { reportWordsFor, URDU_REPORT } from "./report-words";
import { urduInput } from "./sample-input.test-helper";

const html = renderReportHtml(urduInput(true), reportWordsFor("ur"));
const document = new JSDOM(html).window.document;

describe("HTML report for an Urdu-speaking desk", () => {
  it("is in Urdu and right to left", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("ur");
    expect(document.documentElement.getAttribute("dir")).toBe("rtl");
    expect(document.querySelector("#summary-title")?.textContent).toBe("خلاصہ");
    expect(document.querySelector("#notes-title")?.textContent).toBe("نوٹس");
  });

  it("names kinds, verdicts, statuses and fields in Urdu", () => {
    const notes = document.querySelector(".endnotes")?.textContent ?? "";
    for (const words of ["دعویٰ", "غلط", "دعویٰ کرنے والا", "متکلم", "الزام لگانے والا"]) expect(notes).toContain(words);
    expect(document.querySelector(".verdict-tag")?.textContent).toContain("[غلط]");
    expect(notes).not.toMatch(/\bClaimant\b|\bSpeaker\b/);
  });

  it("keeps dir=auto on the user's text, so Latin passages still read left to right", () => {
    for (const selector of ["h1", ".article-text p", "blockquote.exact", ".fields dd"]) expect(document.querySelector(selector)?.getAttribute("dir"), selector).toBe("auto");
    // Names and outlet are isolated from the surrounding Urdu labels.
    expect(document.querySelector(".meta dd bdi")?.textContent).toBe("روزنامہ مثال");
  });

  it("falls back to English for any other language", () => {
    expect(reportWordsFor("fr").lang).toBe("en");
    expect(reportWordsFor(null).dir).toBe("ltr");
    expect(URDU_REPORT.dir).toBe("rtl");
  });
});
