import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { getDocumentProxy } from "unpdf";

/** The readable text of a fetched page or document, and its title. */
export type ReadableText = { title: string | null; text: string };

const BLOCKS = "p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,tr,dt,dd,figcaption,br,div,section,article,header,footer,table,ul,ol";

function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[\t \u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** An element's text with a line break after each block, so paragraphs stay apart. */
function blockText(root: Element): string {
  for (const element of Array.from(root.querySelectorAll(BLOCKS))) element.append(root.ownerDocument.createTextNode("\n\n"));
  return tidy(root.textContent ?? "");
}

/**
 * The readable text of an HTML page as Firefox Reader View finds it (Mozilla Readability), as
 * plain text with paragraphs apart; the whole page's visible text when no article is found. jsdom
 * runs no scripts and loads nothing.
 */
export function htmlReadableText(html: string, url: string): ReadableText {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  try {
    const pageTitle = document.title.trim() || null;
    const fallback = document.body ? (document.body.cloneNode(true) as Element) : null;
    fallback?.querySelectorAll("script,style,noscript,template,svg,nav,form").forEach((element) => element.remove());
    const parsed = new Readability(document, { charThreshold: 200 }).parse();
    if (parsed?.content) {
      const article = new JSDOM(parsed.content, { virtualConsole: new VirtualConsole() });
      const text = blockText(article.window.document.body);
      article.window.close();
      if (text) return { title: parsed.title?.trim() || pageTitle, text };
    }
    return { title: pageTitle, text: fallback ? blockText(fallback) : "" };
  } catch {
    return { title: document.title.trim() || null, text: tidy(document.body?.textContent ?? "") };
  } finally {
    dom.window.close();
  }
}

/** The text of a PDF, page by page (at most `maxPages`), and its title from the document info. */
export async function pdfReadableText(body: Uint8Array, maxPages: number): Promise<ReadableText & { pagesRead: number; totalPages: number }> {
  // pdf.js may take over the buffer it is given, so it gets a copy.
  const pdf = await getDocumentProxy(new Uint8Array(body), { isEvalSupported: false, stopAtErrors: false });
  try {
    const pages: string[] = [];
    const pagesRead = Math.min(pdf.numPages, maxPages);
    for (let number = 1; number <= pagesRead; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const line = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
      pages.push(tidy(line));
      page.cleanup();
    }
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" && info.Title.trim() ? info.Title.trim() : null;
    return { title, text: pages.filter(Boolean).join("\n\n"), pagesRead, totalPages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}
