import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";

/** One annotation's span in document positions. */
export type HighlightSpan = { id: string; kind: string; from: number; to: number };

type HighlightMeta =
  | { type: "set"; spans: HighlightSpan[] }
  | { type: "add"; span: HighlightSpan }
  | { type: "remove"; id: string }
  | { type: "focus"; id: string | null; flash: boolean };

type HighlightState = { set: DecorationSet; focused: string | null };

export const annotationHighlightsKey = new PluginKey<HighlightState>("factdeskAnnotationHighlights");

function spanDecoration(span: HighlightSpan, focused: boolean, flash: boolean): Decoration {
  const classes = ["fd-hl", `fd-hl-${span.kind}`];
  if (focused) classes.push("fd-hl-active");
  if (flash) classes.push("fd-hl-flash");
  return Decoration.inline(
    span.from,
    span.to,
    { class: classes.join(" "), "data-annotation-id": span.id },
    { id: span.id, kind: span.kind, inclusiveStart: false, inclusiveEnd: false },
  );
}

function withoutId(set: DecorationSet, id: string): { set: DecorationSet; removed: Decoration[] } {
  const removed = set.find(undefined, undefined, (spec) => spec.id === id);
  return { set: set.remove(removed), removed };
}

function applyMeta(state: HighlightState, meta: HighlightMeta, tr: Transaction): HighlightState {
  switch (meta.type) {
    case "set":
      return { set: DecorationSet.create(tr.doc, meta.spans.map((span) => spanDecoration(span, span.id === state.focused, false))), focused: state.focused };
    case "add": {
      const { set } = withoutId(state.set, meta.span.id);
      return { set: set.add(tr.doc, [spanDecoration(meta.span, meta.span.id === state.focused, false)]), focused: state.focused };
    }
    case "remove":
      return { set: withoutId(state.set, meta.id).set, focused: state.focused === meta.id ? null : state.focused };
    case "focus": {
      let set = state.set;
      // Re-create the previously and newly focused spans' decorations with the right classes.
      for (const id of new Set([state.focused, meta.id])) {
        if (!id) continue;
        const { set: rest, removed } = withoutId(set, id);
        const span = removed[0];
        if (!span) continue;
        const decoration = spanDecoration({ id, kind: span.spec.kind, from: span.from, to: span.to }, id === meta.id, id === meta.id && meta.flash);
        set = rest.add(tr.doc, [decoration]);
      }
      return { set, focused: meta.id };
    }
  }
}

export type AnnotationHighlightsOptions = {
  /** Called with the ids of the annotations under a click, innermost (shortest) first. */
  onHighlightClick: (ids: string[]) => void;
};

/**
 * Annotation highlights as ProseMirror decorations kept in plugin state: mapped through every
 * document change (never rebuilt per keystroke, never re-wrapping the DOM text), and changed
 * one annotation at a time with {@link highlightCommands}. Overlapping and nested spans each get
 * their own decoration, so ProseMirror nests the spans and every kind's colour shows.
 */
export const AnnotationHighlights = Extension.create<AnnotationHighlightsOptions>({
  name: "annotationHighlights",
  addOptions() {
    return { onHighlightClick: () => undefined };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<HighlightState>({
        key: annotationHighlightsKey,
        state: {
          init: () => ({ set: DecorationSet.empty, focused: null }),
          apply(tr, value) {
            const mapped = tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
            const meta = tr.getMeta(annotationHighlightsKey) as HighlightMeta | undefined;
            return meta ? applyMeta(mapped, meta, tr) : mapped;
          },
        },
        props: {
          decorations: (state) => annotationHighlightsKey.getState(state)?.set,
          handleClick(view, pos) {
            const ids = idsAt(view.state, pos);
            if (ids.length === 0) return false;
            options.onHighlightClick(ids);
            return false;
          },
        },
      }),
    ];
  },
});

/** Ids of the annotations covering `pos`, shortest span first. */
export function idsAt(state: EditorState, pos: number): string[] {
  const set = annotationHighlightsKey.getState(state)?.set;
  if (!set) return [];
  return set
    .find(pos, pos, (spec) => typeof spec.id === "string")
    .filter((decoration) => decoration.from <= pos && pos <= decoration.to && decoration.from < decoration.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((decoration) => decoration.spec.id as string);
}

/** The current (mapped) position of an annotation's highlight, if it has one. */
export function highlightRange(state: EditorState, id: string): { from: number; to: number } | null {
  const found = annotationHighlightsKey.getState(state)?.set.find(undefined, undefined, (spec) => spec.id === id)[0];
  return found ? { from: found.from, to: found.to } : null;
}

/** Dispatch helpers for the highlight layer (one transaction each, no document change). */
export const highlightCommands = {
  set(view: EditorView, spans: HighlightSpan[]) {
    view.dispatch(view.state.tr.setMeta(annotationHighlightsKey, { type: "set", spans } satisfies HighlightMeta).setMeta("addToHistory", false));
  },
  add(view: EditorView, span: HighlightSpan) {
    view.dispatch(view.state.tr.setMeta(annotationHighlightsKey, { type: "add", span } satisfies HighlightMeta).setMeta("addToHistory", false));
  },
  remove(view: EditorView, id: string) {
    view.dispatch(view.state.tr.setMeta(annotationHighlightsKey, { type: "remove", id } satisfies HighlightMeta).setMeta("addToHistory", false));
  },
  focus(view: EditorView, id: string | null, flash = false) {
    view.dispatch(view.state.tr.setMeta(annotationHighlightsKey, { type: "focus", id, flash } satisfies HighlightMeta).setMeta("addToHistory", false));
  },
};
