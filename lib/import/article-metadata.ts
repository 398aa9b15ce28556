import { parseHtmlDocument } from "../html/html-dom";

const MAX_TITLE = 300;
const MAX_BYLINE = 200;

/** Collapses whitespace and trims; empty becomes null. */
export function cleanLine(value: string | null | undefined): string | null {
  const line = (value ?? "").replace(/\s+/g, " ").trim();
  return line === "" ? null : line;
}

/** A byline without its leading "By" and without nonsense lengths, or null. */
export function cleanByline(value: string | null | undefined): string | null {
  const line = cleanLine(value)
    ?.replace(/^by[:\s]+/i, "")
    .trim();
  if (!line || line.length > MAX_BYLINE) return null;
  return line;
}

/**
 * The calendar date (YYYY-MM-DD) of a published-time value. A leading ISO date is taken as
 * written, so "2024-06-22T23:30:00-05:00" stays the 22nd, the date in the publisher's time zone.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = (value ?? "").trim();
  const leading = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (leading) {
    const date = new Date(`${leading[1]}-${leading[2]}-${leading[3]}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== leading[0] ? null : leading[0];
  }
  if (!text) return null;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

/** A title from a file name: "pm-speech_final.docx" → "pm speech final". */
export function titleFromFileName(fileName: string | null | undefined): string {
  const stem = (fileName ?? "").replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return cleanLine(stem.replace(/[_-]+/g, " ")) ?? "";
}

/** The text of sanitised HTML, whitespace collapsed. */
export function htmlText(html: string): string {
  return cleanLine(parseHtmlDocument(html).body.textContent) ?? "";
}

function firstBlock(parent: Element): Element | null {
  for (const child of Array.from(parent.children)) {
    if (!cleanLine(child.textContent)) continue;
    return child.tagName === "DIV" ? (firstBlock(child) ?? child) : child;
  }
  return null;
}

function isAllBold(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.textContent ?? "").trim() && !node.parentElement?.closest("strong")) return false;
  }
  return true;
}

/** Title, byline and remaining body taken from the top of a document. */
export type LeadingMetadata = { title: string | null; byline: string | null; html: string };

/**
 * Takes the headline off the top of sanitised HTML from a file: the first block if it is a
 * heading, or a short paragraph in bold. A short "By …" paragraph right after it becomes the
 * byline. Both are removed from the body; anything else is left as it is.
 */
export function takeLeadingMetadata(html: string): LeadingMetadata {
  const body = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`).body;
  const first = firstBlock(body);
  const firstText = cleanLine(first?.textContent);
  const isTitle = first !== null && firstText !== null && firstText.length <= MAX_TITLE && (/^H[1-4]$/.test(first.tagName) || (first.tagName === "P" && isAllBold(first)));
  if (!first || !isTitle) return { title: null, byline: null, html };
  first.remove();
  let byline: string | null = null;
  const next = firstBlock(body);
  const nextText = cleanLine(next?.textContent);
  if (next && nextText && next.tagName === "P" && /^by[:\s]/i.test(nextText)) {
    byline = cleanByline(nextText);
    if (byline) next.remove();
  }
  return { title: firstText, byline, html: body.innerHTML.trim() };
}
