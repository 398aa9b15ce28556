import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { sanitizeArticleHtml } from "../html/sanitize-article-html";
import { cleanByline, cleanLine, htmlText, toIsoDate } from "./article-metadata";
import { decodeHtml } from "./decode-html";
import { importFailure, type ImportResult } from "./import-result";

/** Pages with less article text than this (in characters) are treated as having no article. */
export const MIN_ARTICLE_CHARS = 140;

const NO_ARTICLE = "No article text was found on this page. It may need JavaScript, a login or a subscription to show the text: copy and paste the text instead.";

/**
 * Finds the article in a whole web page with Mozilla Readability (as Firefox Reader View does)
 * and returns it sanitised, with title, byline and publication date from the page's metadata.
 * `url` resolves relative links. jsdom runs no scripts and loads nothing here.
 */
export function extractArticle(pageHtml: string, url: string | null): ImportResult {
  const dom = new JSDOM(pageHtml, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  const pageTitle = cleanLine(document.title);
  let parsed: ReturnType<Readability["parse"]> = null;
  try {
    parsed = new Readability(document, { charThreshold: 500 }).parse();
  } catch {
    parsed = null;
  } finally {
    dom.window.close();
  }
  const html = sanitizeArticleHtml(parsed?.content ?? "");
  if (htmlText(html).length < MIN_ARTICLE_CHARS) return importFailure("no_article", NO_ARTICLE);
  return {
    ok: true,
    article: {
      title: cleanLine(parsed?.title) ?? pageTitle ?? "",
      byline: cleanByline(parsed?.byline),
      publishedOn: toIsoDate(parsed?.publishedTime),
      url,
      html,
    },
  };
}

/** A downloaded web page whose article is to be found: its bytes, media type and final address. */
export type PageToExtract = { body: Uint8Array; contentType?: string; url: string };

/** {@link extractArticle} on a downloaded page's bytes, decoded as browsers do. */
export function extractPage(page: PageToExtract): ImportResult {
  return extractArticle(decodeHtml(page.body, page.contentType), page.url);
}
