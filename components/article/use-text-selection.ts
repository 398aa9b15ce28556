import type { EditorView } from "@tiptap/pm/view";
import type { TextModel } from "@/lib/anchoring/document-text";

export type TextSpan = { start: number; end: number; exact: string };

/**
 * The selected text as code-point offsets into the article text, trimmed of surrounding
 * whitespace (a double-click often takes the space after a word); null for an empty selection.
 */
export function selectionToSpan(model: TextModel, from: number, to: number): TextSpan | null {
  if (from === to) return null;
  let start = model.posToOffset(from, 1);
  let end = model.posToOffset(to, -1);
  const codePoints = (i: number) => model.index.slice(i, i + 1);
  while (start < end && /\s/u.test(codePoints(start))) start += 1;
  while (end > start && /\s/u.test(codePoints(end - 1))) end -= 1;
  if (end <= start) return null;
  return { start, end, exact: model.index.slice(start, end) };
}

/** The span of the browser's current selection inside the editor, read straight from the DOM. */
export function domSelectionSpan(view: EditorView, model: TextModel): TextSpan | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const focus = view.posAtDOM(selection.focusNode, selection.focusOffset);
    return selectionToSpan(model, Math.min(anchor, focus), Math.max(anchor, focus));
  } catch {
    return null;
  }
}
