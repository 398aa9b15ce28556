import type { JSONContent } from "@tiptap/core";
import { documentToText } from "../anchoring/document-text";
import type { PmNodeJson } from "../anchoring/node-kinds";
import { htmlToDocument, textToDocument } from "../html/html-to-document";

export type ArticleBody = { doc: JSONContent; text: string };

export type BuildArticleBodyResult = { ok: true; body: ArticleBody } | { ok: false; message: string };

/**
 * Turns a pasted, uploaded or fetched body into what a revision stores: the Tiptap/ProseMirror
 * document and its plain text (where annotation offsets count). HTML is sanitised on the way.
 */
export function buildArticleBody(input: { text?: string; html?: string } | { doc: JSONContent }): BuildArticleBodyResult {
  const doc = "doc" in input ? input.doc : input.html !== undefined ? htmlToDocument(input.html) : textToDocument(input.text ?? "");
  const text = documentToText(doc as PmNodeJson);
  if (text.trim().length === 0) return { ok: false, message: "The article body is empty: paste or import some text" };
  return { ok: true, body: { doc, text } };
}

/** A built body with its document already serialised: what a worker hands back (one string, not a tree of objects to copy). */
export type SerialisedArticleBody = { docJson: string; text: string };

export type BuildSerialisedArticleBodyResult = { ok: true; body: SerialisedArticleBody } | { ok: false; message: string };

/** {@link buildArticleBody}, with the document as JSON text (as PostgreSQL's jsonb takes it). */
export function buildSerialisedArticleBody(input: { text?: string; html?: string } | { doc: JSONContent }): BuildSerialisedArticleBodyResult {
  const built = buildArticleBody(input);
  return built.ok ? { ok: true, body: { docJson: JSON.stringify(built.body.doc), text: built.body.text } } : built;
}
