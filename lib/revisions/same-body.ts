import type { JSONContent } from "@tiptap/core";
import { articleSchema } from "../editor/article-extensions";
import { canonicalJson } from "./canonical-json";

/**
 * Whether two article bodies are the same: same plain text and the same document (compared as
 * ProseMirror nodes, so default attributes written out or left implicit don't count as changes).
 */
export function sameArticleBody(a: { text: string; doc: unknown }, b: { text: string; doc: unknown }): boolean {
  if (a.text !== b.text) return false;
  try {
    return articleSchema.nodeFromJSON(a.doc as JSONContent).eq(articleSchema.nodeFromJSON(b.doc as JSONContent));
  } catch {
    return canonicalJson(a.doc) === canonicalJson(b.doc);
  }
}
