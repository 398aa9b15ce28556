import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReportPdf } from "./report-pdf";
import { URDU_REPORT } from "./report-words";
import { urduInput } from "./sample-input.test-helper";

const pdftotext = spawnSync("pdftotext", ["-v"]).status === 0;

/** The PDF's text as poppler's pdftotext reads it (what a reader copying from the PDF gets). */
function extract(pdf: Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), "factdesk-pdf-ur-"));
  try {
    const file = join(folder, "report.pdf");
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe.skipIf(!pdftotext)(`Urdu in the PDF report, read back by pdftotext${pdftotext ? "" : " (SKIPPED: apt-get install poppler-utils)"}`, () => {
  let text: string;
  beforeAll(async () => {
    text = extract(await renderReportPdf(urduInput(true))).normalize("NFC");
  });

  it("gives Urdu phrases back in logical (reading) order, not reversed glyph by glyph", () => {
    expect(text).toContain("بجلی کی قیمتیں دوگنی");
    expect(text).toContain("وزیر اعظم نے کہا کہ");
    // Reversed words would be the visual (left-to-right) order of the glyphs.
    expect(text).not.toContain([..."پاکستان"].reverse().join(""));
  });

  it("keeps the word space where a highlight starts inside Urdu text (the runs do not run together)", () => {
    expect(text).toContain("پاکستان میں بجلی");
    expect(text).toContain("کہا کہ مہنگائی");
    expect(text).not.toContain("میںبجلی");
  });

  it("maps shaped glyphs back to letters: no presentation forms, no replacement characters", () => {
    expect(text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/);
    expect(text).not.toContain("\uFFFD");
    expect(text).not.toMatch(/\?{3,}/);
  });

  it("keeps the Urdu title, outlet and fields", () => {
    for (const phrase of ["مہنگائی پر وزیر اعظم کا بیان", "روزنامہ مثال", "ادارہ شماریات کے مطابق مہنگائی بڑھی ہے"]) expect(text).toContain(phrase);
  });

  it("is in English unless asked for Urdu words", () => {
    expect(text).toContain("Summary");
    expect(text).toMatch(/Page 1 of \d/);
  });
});

describe.skipIf(!pdftotext)("the PDF report in Urdu words (the reader's language)", () => {
  let text: string;
  beforeAll(async () => {
    // pdftotext marks right-to-left runs with bidi controls; the words are what matter here.
    text = extract(await renderReportPdf(urduInput(true), { words: URDU_REPORT }))
      .normalize("NFC")
      .replace(/[\u200e\u200f\u202a-\u202e]/g, "");
  });

  it("writes its headings, labels and page numbers in Urdu", () => {
    // (Phrases without the lam-alef ligature, which pdftotext reads back as alef-lam.)
    for (const phrase of ["نشان زدہ متن", "نوٹس", "قسم کے لحاظ سے", "جائزے کی کیفیت کے لحاظ سے", "فیصلہ", "متکلم", "صفحہ"]) expect(text).toContain(phrase);
    for (const english of ["Summary", "Annotated text", "By kind", "Claimant", "Page 1 of"]) expect(text).not.toContain(english);
  });
});
