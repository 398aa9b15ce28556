import type { JSONContent } from "@tiptap/core";
import { articleSchema } from "../editor/article-extensions";

/** Key-sorted JSON, so documents stored as PostgreSQL `jsonb` (which reorders keys) compare equal. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

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
