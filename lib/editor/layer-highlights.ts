import type { EditorView } from "@tiptap/pm/view";
import { indexTextNodes, rangeOf } from "./css-highlights";
import type { LayeredStretch } from "./overlap-layers";

/**
 * Marks where annotations overlap with the CSS Custom Highlight API: `fd-layers-2` where two
 * annotations cover the text, `fd-layers-3` where three or more do (a line over the text, single
 * or double, in app/globals.css), so a reader sees that a place has several layers before
 * clicking it. Rebuilt as a whole when the annotations change: one walk over the text nodes, then one
 * static range per stretch found by binary search.
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

/** Paints `stretches` (document positions), replacing what was painted before. */
export function paintLayers(view: EditorView, stretches: readonly LayeredStretch[]): void {
  const two = highlight(LAYER_HIGHLIGHTS.two);
  const more = highlight(LAYER_HIGHLIGHTS.more);
  two?.clear();
  more?.clear();
  if (stretches.length === 0) return view.dom.setAttribute("data-layered-stretches", "0");
  const index = indexTextNodes(view);
  for (const stretch of stretches) {
    const range = rangeOf(index, stretch);
    if (range) (stretch.depth >= 3 ? more : two)?.add(range);
  }
  view.dom.setAttribute("data-layered-stretches", String(stretches.length));
}

/** Removes the layer marks (the viewer is going away). */
export function unpaintLayers(): void {
  highlight(LAYER_HIGHLIGHTS.two)?.clear();
  highlight(LAYER_HIGHLIGHTS.more)?.clear();
}
