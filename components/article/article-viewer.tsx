"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { createTextModel } from "@/lib/anchoring/document-text";
import type { PmNodeJson } from "@/lib/anchoring/node-kinds";
import { ANNOTATION_KINDS, KIND_SHORTCUTS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import { countWords } from "@/lib/anchoring/text-units";
import { AnnotationHighlights, highlightCommands, highlightRange, idsAt, type HighlightSpan } from "@/lib/editor/annotation-highlights";
import { articleExtensions } from "@/lib/editor/article-extensions";
import { highlightTops } from "@/lib/editor/highlight-geometry";
import { KeyboardCaret } from "@/lib/editor/keyboard-caret";
import { paintLayers, unpaintLayers } from "@/lib/editor/layer-highlights";
import { layeredStretches } from "@/lib/editor/overlap-layers";
import { ReadOnlyDocument } from "@/lib/editor/read-only-document";
import { TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { OverlapChooser, type ChooserItem } from "./overlap-chooser";
import { paintSuggestions, unpaintSuggestions } from "@/lib/editor/suggestion-highlights";
import { passageFromHash } from "./use-annotation-hash";
import { domSelectionSpan, selectionToSpan, type TextSpan } from "./use-text-selection";

export type ViewerAnnotation = { id: string; kind: AnnotationKind; start: number; end: number };
/** A suggested span (code points), painted apart from annotations. */
export type ViewerSuggestion = { key: string; start: number; end: number };

export type ArticleViewerHandle = {
  scrollToAnnotation(id: string): void;
  /** Focuses the text; with a span, selects it again (e.g. after closing the tagging form), without the toolbar. */
  focusText(span?: { start: number; end: number }): void;
  /** Scrolls so that a span (code points) is near the top of the screen (above a phone's bottom sheet). */
  revealSpan(span: { start: number; end: number }): void;
  /** Viewport top of each highlighted annotation's first line (for cards beside the text). */
  highlightTops(): Map<string, number>;
};

type Props = {
  doc: object;
  annotations: ViewerAnnotation[];
  focusedId: string | null;
  /** Changes whenever the focused highlight should flash again. */
  flashToken: number;
  onSelectionChange(span: TextSpan | null): void;
  /** Tag as `kind`: the span selected when the key was pressed, or (toolbar) the last selection. */
  onTag(kind: AnnotationKind, span?: TextSpan): void;
  /** A click (or Enter at the caret) on highlighted text: the ids there, innermost first. */
  onHighlightClick(ids: string[]): void;
  /** The tagging form is open: the selection's toolbar is put away until the next selection. */
  tagging?: boolean;
  /** Suggested spans, dashed and unfilled; the focused one is scrolled into view. */
  suggestions?: ViewerSuggestion[];
  focusedSuggestion?: string | null;
  /** Extra keys handled while the article has focus (e.g. J/K in review); return true if handled. */
  onKey?(event: KeyboardEvent): boolean;
};

const KEY_TO_KIND = Object.fromEntries(ANNOTATION_KINDS.map((kind) => [KIND_SHORTCUTS[kind], kind])) as Record<string, AnnotationKind>;
/** The same keys by physical position, so they work on an Urdu (or any non-Latin) keyboard layout too. */
const CODE_TO_KIND = Object.fromEntries(ANNOTATION_KINDS.map((kind) => [`Key${KIND_SHORTCUTS[kind].toUpperCase()}`, kind])) as Record<string, AnnotationKind>;
const spanKey = (a: ViewerAnnotation) => `${a.kind}:${a.start}:${a.end}`;
const EXCERPT_MAX = 120;

/** What the live region says about a selection: its text (shortened) and how many words. */
function describeSelection(exact: string): string {
  const points = Array.from(exact);
  const excerpt = points.length > EXCERPT_MAX ? `${points.slice(0, EXCERPT_MAX - 1).join("")}…` : exact;
  const words = countWords(exact);
  return words === 1 ? `Selected: ${excerpt}, 1 word` : `Selected: ${excerpt}, ${words} words`;
}

type Chooser = { ids: string[]; top: number; left: number; autoFocus: boolean };

/**
 * The article in a read-only Tiptap editor: selectable with mouse or keyboard, tagged with the
 * C / Q / A keys or the toolbar by the selection, annotations shown as decorations that are
 * updated one by one (never rebuilt on every change).
 */
export const ArticleViewer = forwardRef<ArticleViewerHandle, Props>(function ArticleViewer(props, ref) {
  const { doc, annotations, focusedId, flashToken } = props;
  const model = useMemo(() => createTextModel(doc as PmNodeJson), [doc]);
  // The editor's handlers read the latest model and callbacks through these refs, refreshed after
  // each render (never during it) and before any other effect or event can use them.
  const modelRef = useRef(model);
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    modelRef.current = model;
    callbacks.current = props;
  });
  const containerRef = useRef<HTMLDivElement>(null);
  const [toolbar, setToolbar] = useState<{ top: number; left: number } | null>(null);
  const t = useTranslations("article.viewer");
  const kinds = useTranslations("kinds");
  const [announcement, setAnnouncement] = useState("");
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const chooserOpen = useRef(false);
  // A selection made by the page itself (restoring one) shows no toolbar.
  const quietSelection = useRef(false);

  /** Where to show something below viewport point (x, y), relative to the article's box. */
  const below = (x: number, y: number, width: number) => {
    const box = containerRef.current!.getBoundingClientRect();
    return { top: y - box.top + 6, left: Math.max(0, Math.min(x - box.left, box.width - width)) };
  };
  /** Shows the toolbar under the end of the view's selection. */
  const placeToolbar = (view: EditorView) => {
    if (!containerRef.current || view.state.selection.empty) return;
    const coords = view.coordsAtPos(view.state.selection.to);
    setToolbar(below(coords.left, coords.bottom, 320));
  };
  const openChooser = (ids: string[], point: { x: number; y: number }, autoFocus: boolean) => {
    callbacks.current.onHighlightClick(ids);
    if (ids.length < 2 || !containerRef.current) return setChooser(null);
    setChooser({ ids, ...below(point.x, point.y, 288), autoFocus });
  };

  const editor = useEditor({
    immediatelyRender: false,
    // Highlight and selection transactions need no React render of this component.
    shouldRerenderOnTransaction: false,
    // Each block finds its own direction, so Urdu or Pashto paragraphs read right to left.
    textDirection: "auto",
    extensions: [
      ...articleExtensions,
      ReadOnlyDocument,
      AnnotationHighlights.configure({ onHighlightClick: (ids, point) => openChooser(ids, { x: point.x, y: point.y + 12 }, false) }),
      KeyboardCaret.configure({ getModel: () => modelRef.current }),
    ],
    content: doc,
    editorProps: {
      attributes: {
        "aria-label": t("label"),
        "aria-readonly": "true",
        "aria-describedby": "article-keys-hint",
        role: "textbox",
        "aria-multiline": "true",
        "data-testid": "article-text",
      },
      handleDOMEvents: {
        // Selecting the same text again (after the toolbar was put away) changes no selection: show it anyway.
        mouseup(view) {
          setTimeout(() => {
            if (!view.isDestroyed && selectionToSpan(modelRef.current, view.state.selection.from, view.state.selection.to)) placeToolbar(view);
          });
          return false;
        },
      },
      handleClick(view, pos) {
        // A click on plain text closes the list of layers (a click on a highlight reopens it).
        if (idsAt(view.state, pos).length === 0) setChooser(null);
        return false;
      },
      handleKeyDown(view, event) {
        if (event.ctrlKey || event.metaKey || event.altKey) return false;
        if (event.key === "Escape" && chooserOpen.current) {
          setChooser(null);
          return true;
        }
        if (event.key === "Escape" && !view.state.selection.empty) {
          // Drop the selection (and its toolbar), keeping the caret where the selection ended.
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, view.state.selection.head)));
          setToolbar(null);
          return true;
        }
        const kind = KEY_TO_KIND[event.key.toLowerCase()] ?? (event.shiftKey ? undefined : CODE_TO_KIND[event.code]);
        // Read the selection from the DOM: ProseMirror learns of it on the (asynchronous)
        // selectionchange event, which can lag behind fast Shift+arrow presses.
        const span = domSelectionSpan(view, modelRef.current) ?? selectionToSpan(modelRef.current, view.state.selection.from, view.state.selection.to);
        if (kind && span) {
          event.preventDefault();
          setToolbar(null);
          callbacks.current.onTag(kind, span);
          return true;
        }
        if (callbacks.current.onKey?.(event)) return true;
        if (event.key === "Enter" && !event.shiftKey && view.state.selection.empty) {
          // The keyboard's click on a highlight: select what is at the caret, listing every layer.
          const ids = idsAt(view.state, view.state.selection.from);
          if (ids.length === 0) return false;
          const coords = view.coordsAtPos(view.state.selection.from);
          openChooser(ids, { x: coords.left, y: coords.bottom }, true);
          return true;
        }
        return false;
      },
    },
    onSelectionUpdate({ editor: current }) {
      const { from, to } = current.state.selection;
      const span = selectionToSpan(modelRef.current, from, to);
      callbacks.current.onSelectionChange(span);
      setAnnouncement(span ? describeSelection(span.exact) : "");
      const quiet = quietSelection.current;
      quietSelection.current = false;
      if (!span || quiet) return setToolbar(null);
      placeToolbar(current.view);
    },
  });

  // Keep the highlight layer in step with the list: add/remove what changed, no full rebuild.
  const shown = useRef<Map<string, string> | null>(null);
  useEffect(() => {
    if (!editor) return;
    const view = editor.view;
    const toSpan = (a: ViewerAnnotation): HighlightSpan => ({ id: a.id, kind: a.kind, from: model.offsetToPos(a.start, 1), to: model.offsetToPos(a.end, -1) });
    const next = new Map(annotations.map((a) => [a.id, spanKey(a)]));
    if (!shown.current) {
      highlightCommands.set(view, annotations.filter((a) => a.end <= model.length).map(toSpan));
    } else {
      for (const [id] of shown.current) if (!next.has(id)) highlightCommands.remove(view, id);
      for (const annotation of annotations) {
        if (shown.current.get(annotation.id) !== spanKey(annotation) && annotation.end <= model.length) highlightCommands.add(view, toSpan(annotation));
      }
    }
    shown.current = next;
    // How many highlights are applied, for tests and the benchmark to wait on.
    containerRef.current?.setAttribute("data-highlights", String(next.size));
    // Where annotations overlap: marked when the browser is idle (not urgent, and with thousands
    // of annotations a rebuild should not delay the frame that shows a new highlight).
    const paint = () => paintLayers(view, layeredStretches(annotations.filter((a) => a.end <= model.length).map(toSpan)));
    if (typeof requestIdleCallback !== "function") {
      const timer = setTimeout(paint, 50);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(paint, { timeout: 500 });
    return () => cancelIdleCallback(idle);
  }, [editor, annotations, model]);
  useEffect(() => () => unpaintLayers(), []);

  // Focus changes only (not on mount): each one is a single-range repaint.
  const lastFocus = useRef({ focusedId: null as string | null, flashToken: 0 });
  useEffect(() => {
    if (!editor) return;
    const last = lastFocus.current;
    if (last.focusedId === focusedId && last.flashToken === flashToken) return;
    lastFocus.current = { focusedId, flashToken };
    highlightCommands.focus(editor.view, focusedId, flashToken !== last.flashToken);
  }, [editor, focusedId, flashToken]);

  const { suggestions, focusedSuggestion = null } = props;
  useEffect(() => {
    if (!editor || !suggestions) return;
    const spans = suggestions.filter((s) => s.end <= model.length).map((s) => ({ key: s.key, from: model.offsetToPos(s.start, 1), to: model.offsetToPos(s.end, -1) }));
    const focused = paintSuggestions(editor.view, spans, focusedSuggestion);
    const element = focused?.startContainer.parentElement;
    element?.scrollIntoView({ block: "center", behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  }, [editor, suggestions, focusedSuggestion, model]);
  useEffect(() => () => unpaintSuggestions(), []);

  // A search result's passage (`#passage-<start>-<end>`): selected and scrolled to once, on opening.
  const passageShown = useRef(false);
  useEffect(() => {
    if (!editor || passageShown.current) return;
    passageShown.current = true;
    const passage = passageFromHash(window.location.hash);
    if (!passage || passage.end > model.length) return;
    const from = model.offsetToPos(passage.start, 1);
    editor
      .chain()
      .focus()
      .setTextSelection({ from, to: model.offsetToPos(passage.end, -1) })
      .run();
    const { node } = editor.view.domAtPos(from);
    (node instanceof HTMLElement ? node : node.parentElement)?.scrollIntoView({ block: "center" });
  }, [editor, model]);

  useImperativeHandle(ref, () => ({
    scrollToAnnotation(id: string) {
      if (!editor) return;
      const range = highlightRange(editor.state, id);
      if (!range) return;
      const { node } = editor.view.domAtPos(range.from);
      const element = node instanceof HTMLElement ? node : node.parentElement;
      element?.scrollIntoView({ block: "center", behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    },
    focusText(span) {
      if (!editor) return;
      setToolbar(null);
      if (span && span.end <= model.length) {
        quietSelection.current = true;
        const anchor = model.offsetToPos(span.start, 1);
        const head = span.end === span.start ? anchor : model.offsetToPos(span.end, -1);
        editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, anchor, head)));
        quietSelection.current = false;
      }
      editor.view.focus();
    },
    highlightTops() {
      return editor ? highlightTops(editor.view) : new Map();
    },
    revealSpan(span) {
      if (!editor || span.end > model.length) return;
      const top = editor.view.coordsAtPos(model.offsetToPos(span.start, 1)).top;
      window.scrollTo({ top: window.scrollY + top - 72, behavior: "auto" });
    },
  }));

  // Opening the tagging form puts the toolbar away (a new selection shows it again).
  const { tagging = false } = props;
  useEffect(() => {
    if (tagging) setToolbar(null);
  }, [tagging]);

  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  const chooserItems: ChooserItem[] = (chooser?.ids ?? []).flatMap((id) => {
    const a = byId.get(id);
    return a ? [{ id, kind: a.kind, excerpt: model.index.slice(a.start, a.end) }] : [];
  });
  const chooserShown = chooser !== null && chooserItems.length > 1 && focusedId !== null && chooser.ids.includes(focusedId);
  useLayoutEffect(() => {
    chooserOpen.current = chooserShown;
  });

  return (
    <div ref={containerRef} className="fd-article relative">
      <EditorContent editor={editor} />
      <p className="sr-only" aria-live="polite" data-testid="selection-announcement">
        {announcement}
      </p>
      {chooserShown && (
        <OverlapChooser
          items={chooserItems}
          currentId={focusedId}
          position={{ top: chooser.top, left: chooser.left }}
          autoFocus={chooser.autoFocus}
          onChoose={(id) => props.onHighlightClick([id])}
          onClose={() => {
            setChooser(null);
            editor?.view.focus();
          }}
        />
      )}
      {toolbar && (
        <div
          role="toolbar"
          aria-label={t("toolbar")}
          className="absolute z-20 flex gap-1 rounded-lg border border-[var(--color-line)] bg-white p-1 shadow-lg"
          style={{ top: toolbar.top, left: toolbar.left }}
          data-testid="selection-toolbar"
        >
          {ANNOTATION_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setToolbar(null);
                props.onTag(kind);
              }}
              className="min-h-6 rounded-md px-2.5 py-1 text-sm font-medium hover:bg-gray-100"
              title={t("tagAs", { kind: kinds(kind), key: KIND_SHORTCUTS[kind].toUpperCase() })}
            >
              <span aria-hidden className={`me-1.5 inline-block h-2.5 w-2.5 rounded-sm fd-hl-${kind}`} />
              {kinds(kind)} <kbd className="ms-1 text-xs text-[var(--color-muted)]">{KIND_SHORTCUTS[kind].toUpperCase()}</kbd>
            </button>
          ))}
        </div>
      )}
    </div>
  );
});
