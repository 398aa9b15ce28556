import type { JSONContent } from "@tiptap/core";

const TEXTBLOCKS = new Set(["paragraph", "heading"]);
const CONTAINERS = new Set(["blockquote", "bulletList", "orderedList", "listItem"]);

function hasText(node: JSONContent): boolean {
  return (node.content ?? []).some((child) => child.type === "text" && (child.text ?? "").trim() !== "");
}

function tidyBlock(node: JSONContent): JSONContent | null {
  if (node.type && TEXTBLOCKS.has(node.type)) return hasText(node) ? node : null;
  if (!node.type || !CONTAINERS.has(node.type)) return node;
  const children = node.content ?? [];
  const kept: JSONContent[] = [];
  children.forEach((child, index) => {
    const tidied = tidyBlock(child);
    if (tidied) kept.push(tidied);
    // A list item must start with a paragraph: keep its first one even when empty.
    else if (node.type === "listItem" && index === 0 && children.length > 1) kept.push(child);
  });
  const meaningful = kept.some((child) => child.type === "horizontalRule" || child.content?.length);
  return meaningful ? { ...node, content: kept } : null;
}

/** A document with a single empty paragraph: the smallest valid article document. */
export function emptyDocument(): JSONContent {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

/**
 * Drops what carries no text once HTML has been converted — empty paragraphs and headings
 * (spacing hacks, removed images), and the lists, items and quotes left empty — so the article's
 * plain text has no stray blank lines.
 */
export function tidyDocument(doc: JSONContent): JSONContent {
  const content = (doc.content ?? []).map(tidyBlock).filter((node): node is JSONContent => node !== null);
  return content.length ? { ...doc, content } : emptyDocument();
}
