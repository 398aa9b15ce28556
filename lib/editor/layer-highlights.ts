import type { EditorView } from "@tiptap/pm/view";
import type { LayeredStretch } from "./overlap-layers";

/**
 * Marks where annotations overlap with the CSS Custom Highlight API: `fd-layers-2` where two
 * annotations cover the text, `fd-layers-3` where three or more do (a line over the text, single
 * or double, in app/globals.css), so a reader sees that a place has several layers before
 * clicking it. Rebuilt as a whole when the annotations change (one DOM walk, one range per stretch).
 */
export const LAYER_HIGHLIGHTS = { two: "fd-layers-2", more: "fd-layers-3" } as const;

type HighlightSet = { add(range: AbstractRange): unknown; clear(): void; priority: number };
const globals = globalThis as unknown as {
  CSS?: { highlights?: Map<string, HighlightSet> };
  Highlight?: new (...ranges: AbstractRange[]) => HighlightSet;
};

function highlight(name: string): HighlightSet | null {
  if (typeof globals.CSS?.highlights?.set !== "function" || typeof globals.Highlight !== "function") return null;
  let set = globals.CSS.highlights.get(name);
  if (!set) {
    set = new globals.Highlight();
    set.priority = 4;
    globals.CSS.highlights.set(name, set);
  }
  return set;
}

function rangeOf(view: EditorView, stretch: LayeredStretch): Range | null {
  try {
    const start = view.domAtPos(stretch.from, 1);
    const end = view.domAtPos(stretch.to, -1);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    return null;
  }
}

/** Paints `stretches` (document positions), replacing what was painted before. */
export function paintLayers(view: EditorView, stretches: readonly LayeredStretch[]): void {
  const two = highlight(LAYER_HIGHLIGHTS.two);
  const more = highlight(LAYER_HIGHLIGHTS.more);
  two?.clear();
  more?.clear();
  for (const stretch of stretches) {
    const range = rangeOf(view, stretch);
    if (range) (stretch.depth >= 3 ? more : two)?.add(range);
  }
  view.dom.setAttribute("data-layered-stretches", String(stretches.length));
}

/** Removes the layer marks (the viewer is going away). */
export function unpaintLayers(): void {
  highlight(LAYER_HIGHLIGHTS.two)?.clear();
  highlight(LAYER_HIGHLIGHTS.more)?.clear();
}
