import type { JSONContent } from "@tiptap/core";
import { DOMParser as ProseMirrorDOMParser } from "@tiptap/pm/model";
import { articleSchema } from "../editor/article-extensions";
import { parseHtmlDocument } from "./html-dom";
import { sanitizeArticleHtml } from "./sanitize-article-html";
import { emptyDocument, tidyDocument } from "./tidy-document";

const parser = ProseMirrorDOMParser.fromSchema(articleSchema);

/**
 * Converts HTML into an article document (ProseMirror JSON of `articleSchema`). The HTML is
 * sanitised first (harmless if it already was), anything the schema doesn't know is dropped
 * while its text is kept, whitespace is collapsed as a browser would, and empty blocks go.
 */
export function htmlToDocument(html: string): JSONContent {
  const dom = parseHtmlDocument(`<!doctype html><html><body>${sanitizeArticleHtml(html)}</body></html>`);
  const doc = parser.parse(dom.body).toJSON() as JSONContent;
  const tidied = tidyDocument(doc);
  try {
    articleSchema.nodeFromJSON(tidied).check();
    return tidied;
  } catch {
    return doc;
  }
}

/**
 * Converts pasted plain text into an article document: each non-blank line becomes a paragraph
 * (trimmed), and runs of blank lines collapse. Empty text gives one empty paragraph.
 */
export function textToDocument(text: string): JSONContent {
  const paragraphs = text
    .replaceAll("\u0000", "")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line): JSONContent => ({ type: "paragraph", content: [{ type: "text", text: line }] }));
  return paragraphs.length ? { type: "doc", content: paragraphs } : emptyDocument();
}
