"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { createTextModel } from "@/lib/anchoring/document-text";
import type { PmNodeJson } from "@/lib/anchoring/node-kinds";
import { ANNOTATION_KINDS, KIND_SHORTCUTS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import { AnnotationHighlights, highlightCommands, highlightRange, type HighlightSpan } from "@/lib/editor/annotation-highlights";
import { articleExtensions } from "@/lib/editor/article-extensions";
import { ReadOnlyDocument } from "@/lib/editor/read-only-document";
import { paintSuggestions, unpaintSuggestions } from "@/lib/editor/suggestion-highlights";
import { passageFromHash } from "./use-annotation-hash";
import { domSelectionSpan, selectionToSpan, type TextSpan } from "./use-text-selection";

export type ViewerAnnotation = { id: string; kind: AnnotationKind; start: number; end: number };
/** A suggested span (code points), painted apart from annotations. */
export type ViewerSuggestion = { key: string; start: number; end: number };

export type ArticleViewerHandle = {
  scrollToAnnotation(id: string): void;
  focusText(): void;
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
  onHighlightClick(ids: string[]): void;
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

  const editor = useEditor({
    immediatelyRender: false,
    // Highlight and selection transactions need no React render of this component.
    shouldRerenderOnTransaction: false,
    // Each block finds its own direction, so Urdu or Pashto paragraphs read right to left.
    textDirection: "auto",
    extensions: [...articleExtensions, ReadOnlyDocument, AnnotationHighlights.configure({ onHighlightClick: (ids) => callbacks.current.onHighlightClick(ids) })],
    content: doc,
    editorProps: {
      attributes: { "aria-label": t("label"), "aria-readonly": "true", role: "textbox", "aria-multiline": "true", "data-testid": "article-text" },
      handleKeyDown(view, event) {
        if (event.ctrlKey || event.metaKey || event.altKey) return false;
        const kind = KEY_TO_KIND[event.key.toLowerCase()] ?? (event.shiftKey ? undefined : CODE_TO_KIND[event.code]);
        // Read the selection from the DOM: ProseMirror learns of it on the (asynchronous)
        // selectionchange event, which can lag behind fast Shift+arrow presses.
        const span = domSelectionSpan(view, modelRef.current) ?? selectionToSpan(modelRef.current, view.state.selection.from, view.state.selection.to);
        if (kind && span) {
          event.preventDefault();
          callbacks.current.onTag(kind, span);
          return true;
        }
        return callbacks.current.onKey?.(event) ?? false;
      },
    },
    onSelectionUpdate({ editor: current }) {
      const { from, to } = current.state.selection;
      const span = selectionToSpan(modelRef.current, from, to);
      callbacks.current.onSelectionChange(span);
      const container = containerRef.current;
      if (!span || !container) return setToolbar(null);
      const coords = current.view.coordsAtPos(to);
      const box = container.getBoundingClientRect();
      setToolbar({ top: coords.bottom - box.top + 6, left: Math.max(0, Math.min(coords.left - box.left, box.width - 320)) });
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
  }, [editor, annotations, model]);

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
    focusText() {
      editor?.commands.focus();
    },
  }));

  return (
    <div ref={containerRef} className="fd-article relative">
      <EditorContent editor={editor} />
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
              onClick={() => props.onTag(kind)}
              className="rounded-md px-2.5 py-1 text-sm font-medium hover:bg-gray-100"
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
