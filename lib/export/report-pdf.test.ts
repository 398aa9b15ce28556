import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractLinks, extractText, getDocumentProxy, getMeta } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import type { ExportInput } from "./export-types";
import { renderReportPdf } from "./report-pdf";
import { emptyInput, englishInput, scriptsInput, urduInput } from "./sample-input.test-helper";

type Rendered = { pdf: Buffer; pages: string[]; all: string; flat: string };

async function render(input: ExportInput): Promise<Rendered> {
  const pdf = await renderReportPdf(input);
  // unpdf may take over the buffer it is given, so it gets a copy.
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  const pages = text as string[];
  const all = pages.join("\n");
  return { pdf, pages, all, flat: all.replace(/\s+/g, " ") };
}

describe("PDF report (English, approved only)", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render(englishInput());
  });

  it("is a PDF with real, extractable text", () => {
    expect(r.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(r.all).toContain('Doha meeting: "framework" agreed <b>?</b>');
  });

  it("numbers every page as Page n of m", () => {
    expect(r.pages.length).toBeGreaterThanOrEqual(2);
    r.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${r.pages.length}`));
  });

  it("carries title and author metadata", async () => {
    const { info } = await getMeta(new Uint8Array(r.pdf));
    expect(info.Title).toBe('Doha meeting: "framework" agreed <b>?</b>');
    expect(info.Author).toBe("Example Fact Desk");
    expect(info.Creator).toBe("Factdesk");
  });

  it("starts with metadata and the summary", () => {
    const first = r.pages[0].replace(/\s+/g, " ");
    expect(first).toContain("Outlet: The Daily Example");
    expect(first).toContain("Byline: Sam Writer & Jo Reporter");
    expect(first).toContain("Published: 2024-06-20");
    expect(first).toContain("Original: https://news.example.com/world/doha-meeting?id=1&lang=en");
    expect(first).toContain("Approved annotations only · Revision 3 of 2024-06-21 12:00 UTC · Generated 2024-06-23 08:30 UTC");
    expect(first).toContain("5 annotations");
    expect(first).toContain("By kind: Claim 3 · Quote 1 · Allegation 1");
    expect(first).toContain("Claims by verdict: Misleading 1 · False 1 · Unsubstantiated 1");
    expect(first).toContain("By review status: Approved 5");
    expect(first).not.toContain("not found in this revision's text");
  });

  it("has the article text with numbered markers after the annotated passages", () => {
    expect(r.flat).toContain("Ministers met in Doha on Tuesday to discuss the ceasefire.");
    expect(r.flat).toContain('"We have agreed on a framework,"1 said the foreign minister');
    expect(r.flat).toContain("unemployment had doubled since 20202");
    expect(r.flat).toContain('<script>alert(1)</script>5 [Misleading] appears in the text & "quotes".');
  });

  it("has an endnote per annotation with quote, fields, note, evidence and provenance", () => {
    const notes = r.flat.slice(r.flat.indexOf("Notes"));
    expect(notes).toContain('1 QUOTE “"We have agreed on a framework,"”');
    expect(notes).toContain("Speaker: Amina Khalid Said where: Press conference, Doha Said on: 2024-06-18 Wording verified: Yes");
    expect(notes).toContain("2 CLAIM “unemployment had doubled since 2020” Claimant: Opposition leader Verdict: False Rationale: It rose by 15%, it did not double.");
    expect(notes).toContain("Note: Checked against the survey.");
    expect(notes).toContain("• Labour force survey 2024 — https://stats.example.gov/labour/2024 · accessed 2024-06-21");
    expect(notes).toContain("Unemployment rose from 6.1% to 7.0%.");
    expect(notes).toContain("Annotated by Erin Editor · Reviewed by Ravi Reviewer on 2024-06-22");
    expect(notes).toContain("Alleged by: Critics Alleged against: Northwind Ltd Right of reply sought: Yes, on 2024-06-19");
    // The approved orphan of the sample is not published: its text is gone.
    expect(notes).not.toContain("Not found in revision 3");
    expect(notes).not.toContain("Approved");
  });

  it("links evidence over http(s) only, and markers to endnotes", async () => {
    const { links } = await extractLinks(new Uint8Array(r.pdf));
    expect(links).toContain("https://stats.example.gov/labour/2024");
    expect(links.some((link) => link.startsWith("javascript:"))).toBe(false);
    const raw = r.pdf.toString("latin1");
    for (const id of ["a-quote", "a-unemployment"]) expect(raw).toContain(`(annotation-${id})`);
    expect(raw).toContain("(marker-a-quote)");
    expect(raw).not.toContain("(annotation-a-orphan)");
  });

  it("embeds subsetted Noto fonts", () => {
    const raw = r.pdf.toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
  });
});

describe("PDF report with every status", () => {
  it("shows statuses in the summary and in each endnote", async () => {
    const { flat } = await render(englishInput(true));
    expect(flat).toContain("All annotations, whatever their review status");
    expect(flat).toContain("By review status: Draft 1 · Submitted 1 · Approved 6 · Rejected 1");
    expect(flat).toContain("CLAIM · Draft");
    expect(flat).toContain("ALLEGATION · Rejected");
    expect(flat).toContain("“a figure the statistics office disputes. Critics accused”");
    expect(flat).toContain("1 annotation was not found in this revision's text");
    expect(flat).toMatch(/\d+ QUOTE · Approved · Not found in revision 3|\d+ QUOTE · Not found in revision 3/);
  });
});

describe("empty PDF report", () => {
  it.each([false, true])("is a valid one-page report that says so (includeAll %s)", async (includeAll) => {
    const { pages, flat } = await render(emptyInput(includeAll));
    const message = includeAll ? "No annotations yet." : "No approved annotations yet.";
    expect(pages).toHaveLength(1);
    expect(flat).toContain("Quiet day");
    expect(flat.split(message)).toHaveLength(3);
    expect(flat).toContain("Nothing happened. Still nothing.");
    expect(flat).toContain("Page 1 of 1");
  });
});

describe("non-Latin PDF report", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render(urduInput());
  });

  it("renders without crashing and keeps Urdu text extractable", () => {
    for (const word of ["بجلی", "قیمتیں", "دوگنی", "مہنگائی", "وزیر", "اعظم", "پاکستان", "روزنامہ", "حکومت"]) expect(r.all).toContain(word);
  });

  it("keeps Latin text, combining marks and the summary around it", () => {
    expect(r.flat).toContain("Prices rose");
    expect(r.flat.normalize("NFC")).toContain("Café owners");
    expect(r.flat).toContain("By kind: Claim 2 · Quote 2 · Allegation 1");
    expect(r.flat).toContain("Claimant: Officials");
    expect(r.flat).toContain("Page 1 of");
  });

  it("prints emoji in the embedded Noto Emoji font, never as U+FFFD", () => {
    expect(r.all).toContain("🎉 by 12%");
    expect(r.all).toContain("😀");
    expect(r.all).not.toContain("\uFFFD");
    expect(r.pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoEmoji/);
  });

  it("embeds the Arabic-script font", () => {
    expect(r.pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoNaskhArabic/);
  });
});

describe("verdicts beside claims in the PDF report", () => {
  it("prints each claim's verdict right after its marker, and none after quotes or allegations", async () => {
    const { flat } = await render(englishInput(true));
    expect(flat).toContain("unemployment had doubled3 [Unverified] since 20202 [False]");
    expect(flat).toContain("the company denies6 [Unsubstantiated]");
    expect(flat).toContain("accused4 [Mostly true]");
    expect(flat).toContain('"We have agreed on a framework,"1 said');
    expect(flat).toMatch(/of inflating invoices by 40%5, an/);
  });
});

describe("scripts without an embedded font in the PDF report", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render(scriptsInput());
  });

  it("names the script of text no font covers instead of printing U+FFFD", () => {
    expect(r.all).not.toContain("\uFFFD");
    // The thumb and its skin tone are one glyph, extracted as the thumb alone.
    expect(r.flat).toContain("The mayor said [CJK text] in 2024 was a success 👍");
    expect(r.flat).toContain("and ✅.");
    expect(r.flat).toContain("Signs read [Hebrew text] and [Thai text]2 at the border; [CJK text] too.");
  });

  it("keeps the verdict beside a claim whose text is partly replaced", () => {
    expect(r.flat).toContain("👍1 [Misleading] and");
  });

  it("names the scripts in the notes and the title too", () => {
    expect(r.flat).toContain("“[CJK text] in 2024 was a success 👍”");
    expect(r.flat).toContain("“[Hebrew text] and [Thai text]”");
    expect(r.pages[0]).toContain("Scripts 🌍 [CJK text]");
  });
});

/** pdfinfo from poppler-utils, when installed (CI installs it). */
const pdfinfo = spawnSync("pdfinfo", ["-v"]).error ? null : "pdfinfo";

describe("tagged PDF report", () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderReportPdf(englishInput(true));
  });

  it.skipIf(!pdfinfo)(`is tagged according to pdfinfo${pdfinfo ? "" : " (SKIPPED: pdfinfo not installed; apt-get install poppler-utils)"}`, () => {
    const folder = mkdtempSync(join(tmpdir(), "factdesk-pdf-"));
    try {
      const file = join(folder, "report.pdf");
      writeFileSync(file, pdf);
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info).toMatch(/^Tagged:\s+yes$/m);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("declares its language", () => {
    expect(pdf.toString("latin1")).toContain("/Lang (en)");
  });

  it("marks the running footers as pagination artifacts, outside the structure", async () => {
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const content = await (await document.getPage(1)).getTextContent({ includeMarkedContent: true });
    const tags: string[] = [];
    let artifactText = "";
    for (const item of content.items) {
      // pdf.js gives the tag of marked content (`tag`), which its types leave out.
      if ("type" in item && item.type.startsWith("beginMarkedContent")) tags.push(String((item as { tag?: string }).tag));
      else if ("type" in item && item.type === "endMarkedContent") tags.pop();
      else if ("str" in item && tags.at(-1) === "Artifact") artifactText += item.str;
    }
    expect(artifactText).toContain("Page 1 of 3");
    expect(artifactText).not.toContain("Annotated text");
  });

  it("has a structure tree of headings and paragraphs in reading order", async () => {
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const page = await document.getPage(1);
    const tree = (await page.getStructTree()) as StructNode;
    const blocks = tree.children.flatMap((node) => ("role" in node && node.role === "Document" ? node.children : [node]));
    const roles = blocks.map((node) => ("role" in node ? node.role : "content"));
    expect(roles.slice(0, 3)).toEqual(["P", "H1", "P"]);
    expect(roles.filter((role) => role === "H2")).toHaveLength(2);
    expect(roles.filter((role) => role === "P").length).toBeGreaterThan(8);
  });
});

type StructNode = { role: string; children: (StructNode | { type: string })[] };
