import { Marked } from "marked";
import { sanitizeArticleHtml } from "./sanitize-article-html";

const marked = new Marked({ async: false, gfm: true, breaks: false });

/**
 * Converts Markdown (CommonMark + GitHub tables/strikethrough) to sanitised article HTML. Raw
 * HTML inside the Markdown goes through the same sanitiser as everything else.
 */
export function markdownToHtml(markdown: string): string {
  return sanitizeArticleHtml(marked.parse(markdown, { async: false }));
}
