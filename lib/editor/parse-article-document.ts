import type { JSONContent } from "@tiptap/core";
import { safeLinkHref } from "../html/link-policy";
import { ARTICLE_HEADING_LEVELS, articleSchema } from "./article-extensions";

/** Result of {@link parseArticleDocument}. */
export type ParseArticleDocumentResult = { ok: true; doc: JSONContent } | { ok: false; error: { code: "invalid_document"; message: string } };

const INVALID = (detail: string): ParseArticleDocumentResult => ({
  ok: false,
  error: { code: "invalid_document", message: `The article text could not be saved: ${detail}` },
});

type Mark = NonNullable<JSONContent["marks"]>[number];

function cleanMark(mark: Mark): Mark | null {
  if (mark.type !== "link") return mark;
  const href = safeLinkHref(typeof mark.attrs?.href === "string" ? mark.attrs.href : null);
  if (!href) return null;
  const title = typeof mark.attrs?.title === "string" ? mark.attrs.title : null;
  return { type: "link", attrs: { href, title } };
}

function cleanLinks(node: JSONContent): JSONContent {
  const marks = node.marks?.map(cleanMark).filter((mark): mark is Mark => mark !== null);
  const content = node.content?.map(cleanLinks);
  return { ...node, ...(marks ? { marks } : {}), ...(content ? { content } : {}) };
}

function badHeading(node: JSONContent): boolean {
  if (node.type === "heading" && !(ARTICLE_HEADING_LEVELS as readonly unknown[]).includes(node.attrs?.level)) return true;
  return (node.content ?? []).some(badHeading);
}

/**
 * Validates an article document that came from outside the server (the browser editor, an API
 * client) against the article schema and returns its normalised JSON. Link marks whose href is
 * not an absolute http/https/mailto URL are removed (their text stays), since `nodeFromJSON`
 * does not run the link's HTML checks.
 */
export function parseArticleDocument(input: unknown): ParseArticleDocumentResult {
  if (typeof input !== "object" || input === null || (input as JSONContent).type !== "doc") {
    return INVALID("it is not an article document.");
  }
  const json = cleanLinks(input as JSONContent);
  if (badHeading(json)) return INVALID(`headings must be level ${ARTICLE_HEADING_LEVELS.join(", ")}.`);
  try {
    const node = articleSchema.nodeFromJSON(json);
    node.check();
    return { ok: true, doc: node.toJSON() as JSONContent };
  } catch (error) {
    return INVALID(`it contains content the article editor doesn't support (${(error as Error).message}).`);
  }
}
