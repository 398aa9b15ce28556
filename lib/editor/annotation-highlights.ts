import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { paintHighlights, setStateReader, supportsCssHighlights, unpaintHighlights } from "./css-highlights";

/** One annotation's span in document positions. */
export type HighlightSpan = { id: string; kind: string; from: number; to: number };

type HighlightMeta = { type: "set"; spans: HighlightSpan[] } | { type: "add"; span: HighlightSpan } | { type: "remove"; id: string } | { type: "focus"; id: string | null; flash: boolean };

/** Plugin state: every span, mapped through each document change; which one has focus. */
export type HighlightState = {
  spans: ReadonlyMap<string, HighlightSpan>;
  focused: string | null;
  /** Bumped when the focused span should flash again. */
  flash: number;
};

export const annotationHighlightsKey = new PluginKey<HighlightState>("factdeskAnnotationHighlights");

function mapSpans(spans: ReadonlyMap<string, HighlightSpan>, tr: Transaction): Map<string, HighlightSpan> {
  const mapped = new Map<string, HighlightSpan>();
  for (const [id, span] of spans) {
    const from = tr.mapping.map(span.from, 1);
    const to = tr.mapping.map(span.to, -1);
    if (from < to) mapped.set(id, { ...span, from, to });
  }
  return mapped;
}

function applyMeta(state: HighlightState, meta: HighlightMeta): HighlightState {
  switch (meta.type) {
    case "set":
      return { ...state, spans: new Map(meta.spans.map((span) => [span.id, span])) };
    case "add":
      return { ...state, spans: new Map(state.spans).set(meta.span.id, meta.span) };
    case "remove": {
      const spans = new Map(state.spans);
      spans.delete(meta.id);
      return { ...state, spans, focused: state.focused === meta.id ? null : state.focused };
    }
    case "focus":
      return { ...state, focused: meta.id, flash: meta.flash ? state.flash + 1 : state.flash };
  }
}

/** Fallback rendering where the CSS Custom Highlight API is missing: one inline decoration per span. */
const decorationCache = new WeakMap<HighlightState, DecorationSet>();
function fallbackDecorations(state: EditorState, value: HighlightState): DecorationSet {
  const cached = decorationCache.get(value);
  if (cached) return cached;
  const decorations = [...value.spans.values()].map((span) =>
    Decoration.inline(span.from, span.to, { class: `fd-hl fd-hl-${span.kind}${span.id === value.focused ? " fd-hl-active" : ""}` }, { id: span.id }),
  );
  const set = DecorationSet.create(state.doc, decorations);
  decorationCache.set(value, set);
  return set;
}

export type AnnotationHighlightsOptions = {
  /** Called with the ids of the annotations under a click, innermost (shortest) first, and where it was (viewport). */
  onHighlightClick: (ids: string[], point: { x: number; y: number }) => void;
};

/**
 * Annotation highlights. Spans live in plugin state, mapped through every document change
 * (never rebuilt per keystroke) and changed one annotation at a time with
 * {@link highlightCommands}. They are painted with the CSS Custom Highlight API — no DOM
 * change at all, so thousands of overlapping spans cost little — or, in a browser without it,
 * as ProseMirror inline decorations.
 */
export const AnnotationHighlights = Extension.create<AnnotationHighlightsOptions>({
  name: "annotationHighlights",
  addOptions() {
    return { onHighlightClick: () => undefined };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    const useCss = supportsCssHighlights();
    const clicked = (view: EditorView, pos: number, event: MouseEvent) => {
      const ids = idsAt(view.state, pos);
      if (ids.length > 0) options.onHighlightClick(ids, { x: event.clientX, y: event.clientY });
      return false;
    };
    return [
      new Plugin<HighlightState>({
        key: annotationHighlightsKey,
        state: {
          init: () => ({ spans: new Map(), focused: null, flash: 0 }),
          apply(tr, value) {
            const mapped = tr.docChanged && value.spans.size > 0 ? { ...value, spans: mapSpans(value.spans, tr) } : value;
            const meta = tr.getMeta(annotationHighlightsKey) as HighlightMeta | undefined;
            return meta ? applyMeta(mapped, meta) : mapped;
          },
        },
        view: (view) => {
          if (!useCss) return {};
          setStateReader((current) => annotationHighlightsKey.getState(current.state));
          paintHighlights(view, annotationHighlightsKey.getState(view.state)!, null);
          return {
            update(updated, previous) {
              const before = annotationHighlightsKey.getState(previous);
              const after = annotationHighlightsKey.getState(updated.state)!;
              const docChanged = previous.doc !== updated.state.doc;
              if (before !== after || docChanged) paintHighlights(updated, after, before ?? null, docChanged);
            },
            destroy: () => unpaintHighlights(view),
          };
        },
        props: {
          decorations: useCss ? undefined : (state) => fallbackDecorations(state, annotationHighlightsKey.getState(state)!),
          handleClick: (view, pos, event) => clicked(view, pos, event),
          // Quick clicks in a row (to cycle through overlapping annotations) arrive as double and
          // triple clicks: each still counts; the browser's word or paragraph selection goes on.
          handleDoubleClick: (view, pos, event) => clicked(view, pos, event),
          handleTripleClick: (view, pos, event) => clicked(view, pos, event),
        },
      }),
    ];
  },
});

/** Ids of the annotations covering `pos`, shortest span first. */
export function idsAt(state: EditorState, pos: number): string[] {
  const spans = annotationHighlightsKey.getState(state)?.spans;
  if (!spans) return [];
  return [...spans.values()]
    .filter((span) => span.from <= pos && pos <= span.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((span) => span.id);
}

/** The current (mapped) position of an annotation's highlight, if it has one. */
export function highlightRange(state: EditorState, id: string): { from: number; to: number } | null {
  const span = annotationHighlightsKey.getState(state)?.spans.get(id);
  return span ? { from: span.from, to: span.to } : null;
}

function dispatch(view: EditorView, meta: HighlightMeta) {
  view.dispatch(view.state.tr.setMeta(annotationHighlightsKey, meta).setMeta("addToHistory", false));
}

/** Dispatch helpers for the highlight layer (one transaction each, no document change). */
export const highlightCommands = {
  set: (view: EditorView, spans: HighlightSpan[]) => dispatch(view, { type: "set", spans }),
  add: (view: EditorView, span: HighlightSpan) => dispatch(view, { type: "add", span }),
  remove: (view: EditorView, id: string) => dispatch(view, { type: "remove", id }),
  focus: (view: EditorView, id: string | null, flash = false) => dispatch(view, { type: "focus", id, flash }),
};
