"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { AppLink } from "@/components/ui/app-link";
import { useEffect, useRef, useState, useTransition } from "react";
import { saveArticleBodyAction } from "@/app/(app)/articles/[id]/edit/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createTextModel } from "@/lib/anchoring/document-text";
import type { PmNodeJson } from "@/lib/anchoring/node-kinds";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import { AnnotationHighlights, highlightCommands } from "@/lib/editor/annotation-highlights";
import { articleExtensions } from "@/lib/editor/article-extensions";
import type { RevisionSourceName } from "@/lib/revisions/revision-sources";
import type { MergeConflictDetails, SaveRevisionDto } from "@/lib/dto/revision-dto";
import { EditorToolbar } from "./editor-toolbar";
import { MergeConflictResolver } from "./merge-conflict-resolver";
import { ReplaceBodyPanel } from "./replace-body-panel";
import { RevisionSavedSummary } from "./revision-saved-summary";
import { useLeaveGuard } from "./use-leave-guard";
import { useLocale, useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";

/** An annotation placed on the revision being edited (code points), shown as a highlight while editing. */
export type EditorAnnotation = { id: string; kind: AnnotationKind; start: number; end: number };

type Props = {
  articleId: string;
  /** The revision the editor opens (saving makes the next one). */
  revision: number;
  doc: object;
  annotations: EditorAnnotation[];
};

type Notice = { tone: "error" | "info" | "success"; message: string; testId?: string };

/** A save that overlapped another editor's: the conflicts to resolve and what the server said. */
type PendingMerge = { details: MergeConflictDetails; message: string };

/** Shows the annotations as highlights in the editor; ProseMirror maps them through every edit. */
function showHighlights(editor: Editor, annotations: EditorAnnotation[]) {
  const model = createTextModel(editor.getJSON() as PmNodeJson);
  const spans = annotations.filter((a) => a.end <= model.length && a.start < a.end).map((a) => ({ id: a.id, kind: a.kind, from: model.offsetToPos(a.start, 1), to: model.offsetToPos(a.end, -1) }));
  highlightCommands.set(editor.view, spans);
}

/**
 * The article body in an editable Tiptap editor (the one article schema), with a formatting
 * toolbar and whole-text replacement by paste or import. Saving makes a new revision from the one
 * opened and shows what the re-anchoring did. When another editor saved meanwhile, the server
 * merges both; overlapping edits open the resolve view, and the editor's own text stays here,
 * read-only, until the resolution is saved. Leaving with unsaved edits asks first.
 */
export function ArticleBodyEditor({ articleId, revision, doc, annotations }: Props) {
  const [base, setBase] = useState(revision);
  const [source, setSource] = useState<RevisionSourceName>("editor");
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState<Extract<SaveRevisionDto, { created: true }> | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pendingMerge, setPendingMerge] = useState<PendingMerge | null>(null);
  const [pending, startTransition] = useTransition();
  const t = useTranslations("revisions.editor");
  const errorText = useErrorText();
  const locale = useLocale();
  const annotationsRef = useRef(annotations);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const mergeRef = useRef<HTMLDivElement>(null);

  // What a save did is shown where the editor is looking — beside the Save button, or the resolve
  // view at the top — scrolled into view and focused, so it is seen and read out at once.
  useEffect(() => {
    const target = pendingMerge ? mergeRef.current : saved || notice ? feedbackRef.current : null;
    if (!target) return;
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    target.scrollIntoView({ block: pendingMerge ? "start" : "nearest", behavior: reduced ? "auto" : "smooth" });
    target.focus({ preventScroll: true });
  }, [saved, notice, pendingMerge]);

  const editor = useEditor({
    immediatelyRender: false,
    extensions: [...articleExtensions, AnnotationHighlights],
    content: doc,
    editorProps: {
      attributes: {
        "aria-label": t("label"),
        "aria-multiline": "true",
        role: "textbox",
        "data-testid": "article-editor",
        spellcheck: "true",
      },
    },
    onUpdate: () => setDirty(true),
  });

  // After EditorContent has mounted the view (child effects run first), show the highlights.
  useEffect(() => {
    if (editor) showHighlights(editor, annotationsRef.current);
  }, [editor]);

  // While overlapping edits are being resolved, my text stays as it is (it is what "mine" shows).
  useEffect(() => {
    editor?.setEditable(pendingMerge === null);
  }, [editor, pendingMerge]);

  useLeaveGuard(dirty || pendingMerge !== null, t("leave"));

  /** Saves `body` as made from revision `from`; a merged or resolved body replaces the editor's once saved. */
  function submit(body: object, from: number) {
    if (!editor) return;
    setNotice(null);
    startTransition(async () => {
      try {
        const result = await saveArticleBodyAction({ articleId, revision: from, doc: body, source });
        if (!result.ok) {
          if (result.error.code === "merge_conflict") return setPendingMerge({ details: result.error.details as MergeConflictDetails, message: errorText(result.error) });
          return setNotice({ tone: "error", message: errorText(result.error) });
        }
        setPendingMerge(null);
        const value = result.value;
        if (!value.created) {
          if (from !== base) editor.commands.setContent(body, { emitUpdate: false });
          setBase(value.revision.number);
          setDirty(false);
          return setNotice({ tone: "info", message: locale === "en" ? value.message : t("unchanged", { number: value.revision.number }) });
        }
        if (value.merged || from !== base) editor.commands.setContent(value.merged?.doc ?? body, { emitUpdate: false });
        if (value.merged) {
          setNotice({
            tone: "success",
            testId: "merge-notice",
            message: t("merged", { name: value.merged.savedBy, with: value.merged.withRevision, edited: value.merged.editedRevision, saved: value.revision.number }),
          });
        }
        setSaved(value);
        setBase(value.revision.number);
        setSource("editor");
        setDirty(false);
        annotationsRef.current = value.annotations.filter((a) => a.result !== "orphaned").map((a) => ({ id: a.id, kind: a.kind, start: a.start, end: a.end }));
        showHighlights(editor, annotationsRef.current);
      } catch {
        setNotice({ tone: "error", message: t("saveFailed") });
      }
    });
  }

  // ProseMirror builds attrs without a prototype; send plain JSON to the server action.
  const save = () => editor && submit(JSON.parse(JSON.stringify(editor.getJSON())) as object, base);

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-4">
        {pendingMerge && (
          <div ref={mergeRef} tabIndex={-1} className="scroll-mt-4" data-testid="merge-view">
            <MergeConflictResolver
              key={pendingMerge.details.currentRevision}
              merge={pendingMerge.details}
              message={pendingMerge.message}
              pending={pending}
              onSave={(resolved) => submit(resolved, pendingMerge.details.currentRevision)}
              onCancel={() => setPendingMerge(null)}
            />
          </div>
        )}
        {pendingMerge && <h2 className="text-sm font-semibold">{t("yourText")}</h2>}
        <div className="fd-article fd-editing">
          <EditorToolbar editor={editor} />
          <EditorContent editor={editor} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="primary" onClick={save} disabled={!editor || pending || !dirty || pendingMerge !== null}>
            {pending ? t("saving") : t("saveAs", { number: base + 1 })}
          </Button>
          <AppLink href={`/articles/${articleId}`} className="text-sm">
            {dirty ? t("cancel") : t("back")}
          </AppLink>
          <span className="text-sm text-[var(--color-muted)]" role="status">
            {pending ? t("reanchoring") : dirty ? t("unsaved", { number: base }) : t("clean", { number: base })}
          </span>
        </div>
        {(saved || notice) && (
          <div ref={feedbackRef} tabIndex={-1} className="scroll-mb-4 space-y-4" data-testid="save-feedback">
            {notice && (
              <div data-testid={notice.testId}>
                <Alert tone={notice.tone}>{notice.message}</Alert>
              </div>
            )}
            {saved && <RevisionSavedSummary articleId={articleId} saved={saved} />}
          </div>
        )}
      </div>
      <aside className="space-y-4">
        <ReplaceBodyPanel
          disabled={!editor || pending || pendingMerge !== null}
          onLoaded={(body, from) => {
            if (!editor) return;
            editor.commands.setContent(body.doc, { emitUpdate: true });
            setSource(body.source);
            setDirty(true);
            setNotice({ tone: "info", message: t("replaced", { from, words: body.words }) });
          }}
        />
        <p className="text-xs text-[var(--color-muted)]">{t("help")}</p>
      </aside>
    </div>
  );
}
