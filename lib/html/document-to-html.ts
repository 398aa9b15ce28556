import type { JSONContent } from "@tiptap/core";
import { DOMSerializer } from "@tiptap/pm/model";
import { articleSchema } from "../editor/article-extensions";
import { emptyHtmlDocument } from "./html-dom";

const serializer = DOMSerializer.fromSchema(articleSchema);

/**
 * Renders an article document to HTML on the server, exactly as the editor's schema renders it
 * (links get `rel="noopener noreferrer nofollow"`). Throws on JSON that is not an article
 * document: validate untrusted JSON with `parseArticleDocument` first.
 */
export function documentToHtml(doc: JSONContent): string {
  const node = articleSchema.nodeFromJSON(doc);
  const document = emptyHtmlDocument();
  const container = document.createElement("div");
  container.appendChild(serializer.serializeFragment(node.content, { document }));
  return container.innerHTML;
}
