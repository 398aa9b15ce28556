import type { JSONContent } from "@tiptap/core";
import { buildArticleBody, type ArticleBody } from "../articles/build-article-body";
import { parseArticleDocument } from "../editor/parse-article-document";

/** A new body for an article: plain text, HTML (sanitised here) or an editor document from outside. */
export type RevisionBody = { text: string } | { html: string } | { doc: unknown };

/** Result of {@link buildRevisionBody}; `field` names the input at fault. */
export type RevisionBodyResult = { ok: true; body: ArticleBody } | { ok: false; field: "text" | "html" | "doc"; message: string };

/**
 * Turns a new body into what a revision stores. A document always comes from outside the server
 * (the browser editor, an API client), so it is checked against the article schema first.
 */
export function buildRevisionBody(body: RevisionBody): RevisionBodyResult {
  const field = "doc" in body ? "doc" : "html" in body ? "html" : "text";
  let input: { text: string } | { html: string } | { doc: JSONContent };
  if ("doc" in body) {
    const parsed = parseArticleDocument(body.doc);
    if (!parsed.ok) return { ok: false, field, message: parsed.error.message };
    input = { doc: parsed.doc };
  } else {
    input = body;
  }
  const built = buildArticleBody(input);
  return built.ok ? { ok: true, body: built.body } : { ok: false, field, message: built.message };
}
