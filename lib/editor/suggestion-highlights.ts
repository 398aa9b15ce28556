import type { EditorView } from "@tiptap/pm/view";

/**
 * Painting suggested spans with the CSS Custom Highlight API, apart from annotations: their own
 * highlight names (`fd-suggestion`, `fd-suggestion-active`, dashed and unfilled in
 * app/globals.css) so a suggestion never looks like a tag. Suggestions are few and change only
 * on load, accept or dismiss, so each paint rebuilds its ranges.
 */
export const SUGGESTION_HIGHLIGHTS = { all: "fd-suggestion", active: "fd-suggestion-active" } as const;

/** A suggestion as the painter needs it: its key and document positions. */
export type SuggestionSpan = { key: string; from: number; to: number };

type HighlightSet = { add(range: AbstractRange): unknown; clear(): void; priority: number };
const globals = globalThis as unknown as {
  CSS?: { highlights?: Map<string, HighlightSet> };
  Highlight?: new (...ranges: AbstractRange[]) => HighlightSet;
};

function highlight(name: string, priority: number): HighlightSet | null {
  if (typeof globals.CSS?.highlights?.set !== "function" || typeof globals.Highlight !== "function") return null;
  let set = globals.CSS.highlights.get(name);
  if (!set) {
    set = new globals.Highlight();
    set.priority = priority;
    globals.CSS.highlights.set(name, set);
  }
  return set;
}

function rangeOf(view: EditorView, span: SuggestionSpan): Range | null {
  try {
    const start = view.domAtPos(span.from, 1);
    const end = view.domAtPos(span.to, -1);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    return null;
  }
}

/** Paints `spans` (and `focused` on top), replacing what was painted before; returns the focused range. */
export function paintSuggestions(view: EditorView, spans: readonly SuggestionSpan[], focused: string | null): Range | null {
  const all = highlight(SUGGESTION_HIGHLIGHTS.all, -1);
  const active = highlight(SUGGESTION_HIGHLIGHTS.active, 5);
  all?.clear();
  active?.clear();
  let focusedRange: Range | null = null;
  for (const span of spans) {
    const range = rangeOf(view, span);
    if (!range) continue;
    all?.add(range);
    if (span.key === focused) {
      focusedRange = range;
      active?.add(range.cloneRange());
    }
  }
  view.dom.setAttribute("data-painted-suggestions", String(spans.length));
  return focusedRange;
}

/** Removes every painted suggestion (the viewer is going away). */
export function unpaintSuggestions(): void {
  highlight(SUGGESTION_HIGHLIGHTS.all, -1)?.clear();
  highlight(SUGGESTION_HIGHLIGHTS.active, 5)?.clear();
}
