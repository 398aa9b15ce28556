import type { EditorView } from "@tiptap/pm/view";
import { annotationHighlightsKey } from "./annotation-highlights";
import { indexTextNodes, rangeOf } from "./css-highlights";

/**
 * The viewport top (px) of each highlighted annotation's first line, for the cards shown beside
 * the text. Reads layout only (one text-node walk, then one rectangle per span), so measuring many
 * at once costs one layout, never a read-write thrash.
 */
export function highlightTops(view: EditorView): Map<string, number> {
  const spans = annotationHighlightsKey.getState(view.state)?.spans;
  const tops = new Map<string, number>();
  if (!spans || spans.size === 0) return tops;
  const index = indexTextNodes(view);
  const range = document.createRange();
  for (const span of spans.values()) {
    const found = rangeOf(index, span);
    if (!found) continue;
    range.setStart(found.startContainer, found.startOffset);
    range.setEnd(found.endContainer, found.endOffset);
    const first = range.getClientRects()[0] ?? range.getBoundingClientRect();
    tops.set(span.id, first.top);
  }
  return tops;
}
