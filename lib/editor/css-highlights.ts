import type { EditorView } from "@tiptap/pm/view";
import type { HighlightSpan, HighlightState } from "./annotation-highlights";

/**
 * Painting annotation spans with the CSS Custom Highlight API (`CSS.highlights` and the
 * `::highlight(fd-…)` rules in app/globals.css): the text's DOM is never touched. Each kind is
 * one named highlight; the focused span is painted on top and flashes briefly when asked.
 *
 * Painting is incremental: a DOM Range is made once per span and kept while the document is
 * unchanged, so adding, removing or focusing one annotation touches one range. A document
 * change (editing the article) rebuilds the ranges, at most once per animation frame.
 */
export const HIGHLIGHT_NAMES = { claim: "fd-claim", quote: "fd-quote", allegation: "fd-allegation", active: "fd-active", flash: "fd-flash" } as const;
const FLASH_MS = 1200;
const PRIORITY: Record<string, number> = { [HIGHLIGHT_NAMES.active]: 10, [HIGHLIGHT_NAMES.flash]: 11 };

type HighlightSet = { add(range: AbstractRange): unknown; delete(range: AbstractRange): unknown; clear(): void; priority: number };
type Painted = { span: HighlightSpan; range: AbstractRange; name: string };
type ViewPaint = {
  painted: Map<string, Painted>;
  active: AbstractRange | null;
  flash: AbstractRange | null;
  /** Text nodes by position, valid until the document changes. */
  index: TextNodeIndex | null;
  flashTimer?: ReturnType<typeof setTimeout>;
  frame?: number;
};

const globals = globalThis as unknown as {
  CSS?: { highlights?: Map<string, HighlightSet> };
  Highlight?: new (...ranges: AbstractRange[]) => HighlightSet;
};
const views = new Map<EditorView, ViewPaint>();

export function supportsCssHighlights(): boolean {
  return typeof globals.CSS?.highlights?.set === "function" && typeof globals.Highlight === "function";
}

/** The shared named highlight (created on first use; every editor on the page adds to it). */
function highlight(name: string): HighlightSet {
  let set = globals.CSS!.highlights!.get(name);
  if (!set) {
    set = new globals.Highlight!();
    set.priority = PRIORITY[name] ?? 0;
    globals.CSS!.highlights!.set(name, set);
  }
  return set;
}

/** Text nodes of a view with their start positions (see {@link indexTextNodes}). */
export type TextNodeIndex = { nodes: Text[]; starts: number[] };

/**
 * Every text node of the view with the document position where it starts, built with one DOM
 * walk, so each span endpoint is found by binary search instead of `view.domAtPos`.
 */
export function indexTextNodes(view: EditorView): TextNodeIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const walker = document.createTreeWalker(view.dom, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    try {
      starts.push(view.posAtDOM(node, 0));
      nodes.push(node as Text);
    } catch {
      // Text outside the document's content (widgets) has no position.
    }
  }
  return { nodes, starts };
}

/** The text node and offset of a document position; `assoc` picks the side at node boundaries. */
function locate(index: TextNodeIndex, pos: number, assoc: 1 | -1): { node: Text; offset: number } | null {
  const { nodes, starts } = index;
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= pos) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found < 0) return null;
  // A position at the end of one text node and the start of the next: the end belongs to the left.
  if (assoc < 0 && found > 0 && starts[found] === pos && starts[found - 1] + nodes[found - 1].length === pos) found -= 1;
  const offset = pos - starts[found];
  if (offset > nodes[found].length) return null;
  return { node: nodes[found], offset };
}

type AnyRange = AbstractRange & { cloneRange?: () => Range };

/** A static range over document positions `from`…`to`, found in `index` by binary search. */
export function rangeOf(index: TextNodeIndex, span: { from: number; to: number }): AbstractRange | null {
  const start = locate(index, span.from, 1);
  const end = locate(index, span.to, -1);
  if (!start || !end) return null;
  const init = { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset };
  if (typeof StaticRange === "function") return new StaticRange(init);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

function copyRange(range: AbstractRange): AbstractRange {
  const any = range as AnyRange;
  if (any.cloneRange) return any.cloneRange();
  return new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset });
}

function nameFor(span: HighlightSpan): string {
  return HIGHLIGHT_NAMES[span.kind as keyof typeof HIGHLIGHT_NAMES] ?? HIGHLIGHT_NAMES.claim;
}

function unpaintSpan(paint: ViewPaint, id: string) {
  const painted = paint.painted.get(id);
  if (!painted) return;
  highlight(painted.name).delete(painted.range);
  paint.painted.delete(id);
}

function paintSpan(view: EditorView, paint: ViewPaint, span: HighlightSpan) {
  paint.index ??= indexTextNodes(view);
  const range = rangeOf(paint.index, span);
  if (!range) return;
  const name = nameFor(span);
  highlight(name).add(range);
  paint.painted.set(span.id, { span, range, name });
}

function paintFocus(view: EditorView, paint: ViewPaint, state: HighlightState, flash: boolean) {
  if (paint.active) highlight(HIGHLIGHT_NAMES.active).delete(paint.active);
  const focused = state.focused ? paint.painted.get(state.focused) : undefined;
  paint.active = focused ? copyRange(focused.range) : null;
  if (paint.active) highlight(HIGHLIGHT_NAMES.active).add(paint.active);
  if (!flash || !focused) return;
  if (paint.flash) highlight(HIGHLIGHT_NAMES.flash).delete(paint.flash);
  paint.flash = copyRange(focused.range);
  highlight(HIGHLIGHT_NAMES.flash).add(paint.flash);
  clearTimeout(paint.flashTimer);
  paint.flashTimer = setTimeout(() => {
    if (paint.flash) highlight(HIGHLIGHT_NAMES.flash).delete(paint.flash);
    paint.flash = null;
  }, FLASH_MS);
}

function repaintAll(view: EditorView, paint: ViewPaint, state: HighlightState) {
  for (const id of [...paint.painted.keys()]) unpaintSpan(paint, id);
  paint.index = indexTextNodes(view);
  for (const span of state.spans.values()) paintSpan(view, paint, span);
  paintFocus(view, paint, state, false);
  view.dom.setAttribute("data-painted-highlights", String(paint.painted.size));
}

/**
 * Brings the painted ranges in line with the plugin state. `previous` is the state last painted
 * (null at first); `docChanged` says the document (and so the DOM) may have changed.
 */
export function paintHighlights(view: EditorView, state: HighlightState, previous: HighlightState | null, docChanged = false): void {
  let paint = views.get(view);
  if (!paint) {
    paint = { painted: new Map(), active: null, flash: null, index: null };
    views.set(view, paint);
  }
  if (!previous) return repaintAll(view, paint, state);
  if (docChanged) {
    paint.index = null;
    const pending = paint;
    if (pending.frame === undefined) {
      pending.frame = requestAnimationFrame(() => {
        pending.frame = undefined;
        if (views.get(view) === pending) repaintAll(view, pending, currentState(view) ?? state);
      });
    }
    return;
  }
  if (previous.spans !== state.spans) {
    for (const [id, painted] of paint.painted) if (state.spans.get(id) !== painted.span) unpaintSpan(paint, id);
    for (const span of state.spans.values()) if (!paint.painted.has(span.id)) paintSpan(view, paint, span);
  }
  if (previous.spans !== state.spans || previous.focused !== state.focused || previous.flash !== state.flash) {
    paintFocus(view, paint, state, previous.flash !== state.flash);
  }
  view.dom.setAttribute("data-painted-highlights", String(paint.painted.size));
}

let currentState: (view: EditorView) => HighlightState | undefined = () => undefined;
/** Lets the deferred repaint read the latest plugin state (set by the plugin). */
export function setStateReader(reader: (view: EditorView) => HighlightState | undefined): void {
  currentState = reader;
}

/** Removes this view's ranges (the view is being destroyed). */
export function unpaintHighlights(view: EditorView): void {
  const paint = views.get(view);
  if (!paint) return;
  clearTimeout(paint.flashTimer);
  if (paint.frame !== undefined) cancelAnimationFrame(paint.frame);
  for (const id of [...paint.painted.keys()]) unpaintSpan(paint, id);
  if (paint.active) highlight(HIGHLIGHT_NAMES.active).delete(paint.active);
  if (paint.flash) highlight(HIGHLIGHT_NAMES.flash).delete(paint.flash);
  views.delete(view);
}
