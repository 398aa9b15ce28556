import { JSDOM } from "jsdom";
import { VERDICT_LABELS } from "../domain/verdicts";
import { describe, expect, it } from "vitest";
import type { ExportInput } from "./export-types";
import { renderReportHtml } from "./report-html";
import { annotate, emptyInput, ENGLISH_TEXT, englishInput, URDU_TEXT, urduInput } from "./sample-input.test-helper";
import { selectAnnotations } from "./select-annotations";

const parse = (input: ExportInput) => {
  const html = renderReportHtml(input);
  return { html, document: new JSDOM(html).window.document };
};
/** Text with a space after every element, so labels and values read apart. */
const text = (element: Element | null) => {
  if (!element) return "";
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll("*").forEach((child) => child.append(" "));
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
};
const withoutMarkers = (element: Element) => {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll("sup.marker, .verdict-tag").forEach((element) => element.remove());
  return copy.textContent ?? "";
};

describe("HTML report document", () => {
  const { html, document } = parse(englishInput());

  it("is a complete standalone document", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(document.querySelector('meta[charset="utf-8"]')).not.toBeNull();
    expect(document.title).toBe('Doha meeting: "framework" agreed <b>?</b> — Factdesk report');
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("has no script, no event handler, no external resource", () => {
    expect(document.querySelectorAll("script, link, img, iframe, object, embed, form").length).toBe(0);
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.getAttributeNames()) expect(attribute.startsWith("on"), `${element.tagName} ${attribute}`).toBe(false);
    }
    expect(html).not.toMatch(/@import|url\(/);
    expect(document.querySelectorAll("style")).toHaveLength(1);
  });

  it("links only to http(s) URLs and in-document anchors", () => {
    for (const link of document.querySelectorAll("a[href]")) {
      expect(link.getAttribute("href")).toMatch(/^(https?:\/\/|#)/);
    }
    expect(html).not.toContain('href="javascript:');
  });

  it("escapes titles, quotes, fields and URLs", () => {
    expect(text(document.querySelector("h1"))).toBe('Doha meeting: "framework" agreed <b>?</b>');
    expect(document.querySelector("h1 b")).toBeNull();
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    const hrefs = [...document.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("https://news.example.com/world/doha-meeting?id=1&lang=en");
  });

  it("shows the article metadata", () => {
    const meta = text(document.querySelector(".meta"));
    expect(meta).toContain("Outlet The Daily Example");
    expect(meta).toContain("Byline Sam Writer & Jo Reporter");
    expect(meta).toContain("Published 2024-06-20");
    expect(meta).toContain("Original https://news.example.com/world/doha-meeting?id=1&lang=en");
  });

  it("summarises counts, revision, generation time and scope", () => {
    const summary = text(document.querySelector(".summary"));
    expect(summary).toContain("Approved annotations only");
    expect(summary).toContain("Revision 3 of 2024-06-21 12:00 UTC");
    expect(summary).toContain("Generated 2024-06-23 08:30 UTC");
    expect(summary).toContain("5 annotations");
    expect(summary).toContain("By kind Claim 3 Quote 1 Allegation 1");
    expect(summary).toContain("Claims by verdict Misleading 1 False 1 Unsubstantiated 1");
    expect(summary).toContain("By review status Approved 5");
    expect(summary).not.toContain("not found in this revision's text");
  });

  it("has a print stylesheet", () => {
    const css = document.querySelector("style")!.textContent!;
    expect(css).toContain("@media print");
    expect(css).toContain("print-color-adjust:exact");
    expect(css).toContain('content:" (" attr(href) ")"');
    expect(css).toContain("break-inside:avoid");
  });
});

describe("HTML report article text", () => {
  const cases: [string, ExportInput, string][] = [
    ["English, approved", englishInput(false), ENGLISH_TEXT],
    ["English, all", englishInput(true), ENGLISH_TEXT],
    ["Urdu and emoji", urduInput(true), URDU_TEXT],
  ];

  it.each(cases)("keeps every paragraph's text (%s)", (_name, input, source) => {
    const { document } = parse(input);
    const paragraphs = [...document.querySelectorAll(".article-text p")].map(withoutMarkers);
    expect(paragraphs).toEqual(source.split("\n").filter((line) => line !== ""));
    for (const p of document.querySelectorAll(".article-text p")) expect(p.getAttribute("dir")).toBe("auto");
  });

  it.each(cases)("highlights each placed annotation over exactly its quote (%s)", (_name, input) => {
    const { document } = parse(input);
    for (const entry of selectAnnotations(input).filter((e) => e.placed)) {
      const spans = [...document.querySelectorAll(`span.hl[title^="${entry.number} ·"]`)];
      expect(spans.length, entry.annotation.id).toBeGreaterThan(0);
      expect(spans.every((span) => span.classList.contains(`hl-${entry.annotation.kind}`))).toBe(true);
      expect(spans.map(withoutMarkers).join("")).toBe(entry.annotation.exact.replace(/\n/g, ""));
    }
  });

  it.each(cases)("puts one numbered marker after each placed annotation, linking to its note (%s)", (_name, input) => {
    const { document } = parse(input);
    const entries = selectAnnotations(input);
    const markers = [...document.querySelectorAll("sup.marker")];
    expect(markers).toHaveLength(entries.filter((e) => e.placed).length);
    for (const entry of entries.filter((e) => e.placed)) {
      const marker = document.getElementById(`marker-${entry.annotation.id}`)!;
      const link = marker.querySelector("a")!;
      expect(link.getAttribute("href")).toBe(`#annotation-${entry.annotation.id}`);
      expect(link.textContent).toBe(String(entry.number));
      expect(document.getElementById(`annotation-${entry.annotation.id}`)).not.toBeNull();
      const paragraph = marker.closest("p")!;
      const range = document.createRange();
      range.setStart(paragraph, 0);
      range.setEndBefore(marker);
      const before = withoutMarkers(range.cloneContents() as unknown as Element);
      expect(before.endsWith(entry.annotation.exact.split("\n").at(-1)!)).toBe(true);
    }
  });

  it("prints each claim's verdict right after its marker, and none after quotes or allegations", () => {
    const input = englishInput(true);
    const { document } = parse(input);
    const entries = selectAnnotations(input).filter((e) => e.placed);
    for (const entry of entries) {
      const next = document.getElementById(`marker-${entry.annotation.id}`)!.nextElementSibling;
      const tag = next?.classList.contains("verdict-tag") ? next : null;
      if (entry.annotation.kind !== "claim") expect(tag, entry.annotation.id).toBeNull();
      else expect(tag?.textContent?.trim(), entry.annotation.id).toBe(`[${VERDICT_LABELS[entry.annotation.fields.verdict]}]`);
    }
    const paragraph = document.querySelectorAll(".article-text p")[1].textContent;
    expect(paragraph).toContain("unemployment had doubled3\u00A0[Unverified] since 20202\u00A0[False], a figure");
  });

  it("nests a highlight inside the one that contains it", () => {
    const input = englishInput(true);
    const { document } = parse(input);
    const number = (id: string) => selectAnnotations(input).find((e) => e.annotation.id === id)!.number;
    const inner = document.querySelector(`span.hl[title^="${number("a-doubled")} ·"]`)!;
    expect(withoutMarkers(inner)).toBe("doubled");
    expect(inner.parentElement!.getAttribute("title")).toBe(`${number("a-unemployment")} · Claim`);
  });

  it("splits partly overlapping highlights into well-formed fragments", () => {
    const { html, document } = parse(englishInput());
    const accused = [...document.querySelectorAll('span.hl[title^="3 ·"]')];
    const invoices = [...document.querySelectorAll('span.hl[title^="4 ·"]')];
    expect(accused.map(withoutMarkers).join("")).toBe("accused the contractor, Northwind Ltd, of inflating invoices by 40%");
    expect(invoices).toHaveLength(2);
    expect(invoices[0].parentElement).toBe(accused[0]);
    expect(withoutMarkers(invoices[0])).toBe("invoices by 40%");
    expect(withoutMarkers(invoices[1])).toBe(", an allegation the company denies");
    expect(invoices[0].classList.contains("lane-1")).toBe(true);
    const opened = (html.match(/<span /g) ?? []).length;
    const closed = (html.match(/<\/span>/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it("continues a highlight across a paragraph break", () => {
    const { document } = parse(englishInput(true));
    const crossing = selectAnnotations(englishInput(true)).find((e) => e.annotation.id === "a-crossing")!;
    const spans = [...document.querySelectorAll(`span.hl[title^="${crossing.number} ·"]`)];
    expect(new Set(spans.map((span) => span.closest("p"))).size).toBe(2);
  });

  it("keeps emoji and Urdu whole inside highlights", () => {
    const { document } = parse(urduInput());
    const emoji = [...document.querySelectorAll("span.hl-quote")].find((span) => withoutMarkers(span) === "😀")!;
    expect(emoji.parentElement!.classList.contains("hl-claim")).toBe(true);
  });

  it("renders text-only paragraphs when nothing is annotated", () => {
    const { document } = parse(emptyInput());
    expect([...document.querySelectorAll(".article-text p")].map((p) => p.textContent)).toEqual(["Nothing happened.", "Still nothing."]);
    expect(document.querySelectorAll(".hl")).toHaveLength(0);
  });
});

describe("HTML report endnotes", () => {
  it("lists every included annotation in document order with its fields", () => {
    const { document } = parse(englishInput());
    const notes = [...document.querySelectorAll(".endnote")];
    expect(notes.map((note) => note.id)).toEqual(["annotation-a-quote", "annotation-a-unemployment", "annotation-a-accused", "annotation-a-invoices", "annotation-a-script"]);
    const claim = text(notes[1]);
    expect(claim).toMatch(/^2 Claim unemployment had doubled since 2020 Claimant/);
    expect(claim).toContain("Claimant Opposition leader Verdict False Rationale It rose by 15%, it did not double.");
    expect(claim).toContain("Note: Checked against the survey.");
    expect(claim).toContain("Labour force survey 2024 https://stats.example.gov/labour/2024 · accessed 2024-06-21");
    expect(claim).toContain("Unemployment rose from 6.1% to 7.0%.");
    expect(claim).toContain("Annotated by Erin Editor · Reviewed by Ravi Reviewer on 2024-06-22");
    expect(notes[1].querySelector('a.ext[href="https://stats.example.gov/labour/2024"]')!.textContent).toBe("Labour force survey 2024");
    expect(notes[1].querySelectorAll("a.ext")).toHaveLength(1);
    expect(text(notes[0])).toContain("Speaker Amina Khalid Said where Press conference, Doha Said on 2024-06-18 Wording verified Yes");
    expect(text(notes[2])).toContain("Alleged by Critics Alleged against Northwind Ltd Right of reply sought Yes, on 2024-06-19");
  });

  it("links each placed note back to its marker and flags notes that are not placed", () => {
    const { document } = parse(englishInput(true));
    expect(document.querySelector("#annotation-a-quote a.endnote-number")!.getAttribute("href")).toBe("#marker-a-quote");
    const orphan = document.getElementById("annotation-a-orphan")!;
    expect(orphan.querySelector("a.endnote-number")).toBeNull();
    expect(text(orphan)).toContain("Not found in revision 3");
    expect(text(orphan)).toContain("a sentence that was since removed");
  });

  it("shows statuses only when every status is included", () => {
    expect(parse(englishInput()).document.querySelectorAll(".endnote .status")).toHaveLength(0);
    const { document } = parse(englishInput(true));
    expect([...document.querySelectorAll(".endnote .status")].map((s) => s.textContent)).toEqual(expect.arrayContaining(["Draft", "Submitted", "Rejected", "Approved"]));
    expect(text(document.querySelector(".summary"))).toContain("All annotations, whatever their review status");
  });

  it("keeps line breaks in notes and rationales", () => {
    const { html } = parse(englishInput());
    expect(html).toContain("and a line<br>break");
  });
});

describe("HTML report without annotations", () => {
  it.each([false, true])("is a valid, clearly empty report (includeAll %s)", (includeAll) => {
    const { document } = parse(emptyInput(includeAll));
    const message = includeAll ? "No annotations yet." : "No approved annotations yet.";
    expect(text(document.querySelector(".summary"))).toContain(message);
    expect(text(document.querySelector(".endnotes"))).toContain(message);
    expect(document.querySelectorAll(".endnote")).toHaveLength(0);
    expect(document.querySelector(".meta")).toBeNull();
  });

  it("is empty when only unapproved annotations exist", () => {
    const input = emptyInput();
    input.annotations = [{ ...annotate(input.article.text, "d", { kind: "claim", quote: "Nothing", fields: { claimant: "x", verdict: "true", rationale: "" } }), status: "draft" }];
    expect(text(parse(input).document.querySelector(".summary"))).toContain("No approved annotations yet.");
  });
});
