"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { createAnnotationAction, deleteAnnotationAction, updateAnnotationAction } from "@/app/(app)/articles/[id]/actions";
import { submitArticleDraftsAction } from "@/app/(app)/review/actions";
import { AnnotationHistory } from "@/components/review/annotation-history";
import { CommentThread } from "@/components/review/comment-thread";
import { ReviewControls, type ReviewControlsHandle } from "@/components/review/review-controls";
import { stepThrough, useReviewKeys } from "@/components/review/use-review-keys";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { KIND_LABELS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import { allows, annotationFactsOf, canAttempt, type PolicyActor } from "@/lib/policy/policy";
import { compareDocumentOrder, type AnnotationDto } from "@/lib/dto/annotation-dto";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { AnnotationCard } from "./annotation-card";
import { AnnotationFilters, ALL_ANNOTATIONS, matchesFilter, type AnnotationFilter } from "./annotation-filters";
import { AnnotationForm } from "./annotation-form";
import { AnnotationList } from "./annotation-list";
import { ArticleViewer, type ArticleViewerHandle } from "./article-viewer";
import { OrphanedPanel } from "./orphaned-panel";
import { OwnAnnotationActions } from "./own-annotation-actions";
import { ReviewProgressBar } from "./review-progress-bar";
import { useAnnotationFromHash } from "./use-annotation-hash";
import type { TextSpan } from "./use-text-selection";

type Props = {
  articleId: string;
  revision: number;
  doc: object;
  initialAnnotations: AnnotationDto[];
  currentUser: PolicyActor;
};

/** The article page's interactive part: the viewer, the tagging form and the sidebar of cards. */
export function ArticleWorkspace({ articleId, revision, doc, initialAnnotations, currentUser }: Props) {
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [filter, setFilter] = useState<AnnotationFilter>(ALL_ANNOTATIONS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [flashToken, setFlashToken] = useState(0);
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [draft, setDraft] = useState<(TextSpan & { kind: AnnotationKind }) | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [threadVersion, setThreadVersion] = useState(0);
  const viewer = useRef<ArticleViewerHandle>(null);
  const controls = useRef<ReviewControlsHandle>(null);

  const visible = useMemo(() => annotations.filter((a) => matchesFilter(a, filter)), [annotations, filter]);
  const placed = useMemo(() => visible.filter((a) => a.anchorState !== "orphaned" && a.revision === revision), [visible, revision]);

  const replace = useCallback((updated: AnnotationDto) => {
    setAnnotations((current) => current.map((a) => (a.id === updated.id ? updated : a)).sort(compareDocumentOrder));
    setThreadVersion((version) => version + 1);
  }, []);

  const select = useCallback((id: string | null, options: { scroll?: boolean } = {}) => {
    setSelectedId(id);
    if (!id) return;
    setFlashToken((token) => token + 1);
    if (options.scroll) viewer.current?.scrollToAnnotation(id);
  }, []);

  useAnnotationFromHash(useMemo(() => initialAnnotations.map((a) => a.id), [initialAnnotations]), select);

  const startTagging = useCallback(
    (kind: AnnotationKind, span?: TextSpan) => {
      const target = span ?? selection;
      if (!target) return;
      setDraft({ ...target, kind });
      setNotice(null);
    },
    [selection],
  );

  const move = (step: 1 | -1) => {
    const next = stepThrough(visible.map((a) => a.id), selectedId, step);
    if (next) select(next, { scroll: true });
  };
  useReviewKeys(move, controls);

  const myDrafts = annotations.filter((a) => a.author.id === currentUser.id && a.status === "draft").length;
  async function submitAllDrafts() {
    const result = await submitArticleDraftsAction({ articleId });
    if (!result.ok) return setNotice(result.error.message);
    const submitted = new Map(result.value.annotations.map((a) => [a.id, a]));
    setAnnotations((current) => current.map((a) => submitted.get(a.id) ?? a));
    setNotice(`${result.value.submitted} draft${result.value.submitted === 1 ? "" : "s"} submitted for review.`);
  }

  async function saveDraft(content: AnnotationContent) {
    if (!draft) return { ok: true as const };
    const result = await createAnnotationAction({ articleId, revision, start: draft.start, end: draft.end, content });
    if (!result.ok) return result;
    setAnnotations((current) => [...current, result.value].sort(compareDocumentOrder));
    setDraft(null);
    setNotice(`${KIND_LABELS[result.value.kind]} saved as a draft.`);
    select(result.value.id);
    viewer.current?.focusText();
    return { ok: true as const };
  }

  return (
    <div>
      <ReviewProgressBar annotations={annotations} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          <p className="mb-3 text-xs text-[var(--color-muted)]">
            Select text with the mouse or with Shift + arrow keys, then press <kbd>C</kbd> for a claim, <kbd>Q</kbd> for a quote or <kbd>A</kbd> for an allegation.
          </p>
          <ArticleViewer
            ref={viewer}
            doc={doc}
            annotations={placed}
            focusedId={selectedId}
            flashToken={flashToken}
            onSelectionChange={setSelection}
            onTag={startTagging}
            onHighlightClick={(ids) => select(ids[0])}
          />
        </div>
        <aside aria-label="Annotations" className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          {draft && (
            <section aria-label="New annotation" className="mb-4 rounded-lg border border-gray-900 bg-white p-4 shadow-sm">
              <h2 className="mb-3 text-base font-semibold">New {KIND_LABELS[draft.kind].toLowerCase()}</h2>
              <AnnotationForm key={`${draft.start}-${draft.end}-${draft.kind}`} kind={draft.kind} exact={draft.exact} submitLabel="Save" onSubmit={saveDraft} onCancel={() => setDraft(null)} />
            </section>
          )}
          <OrphanedPanel
            annotations={annotations.filter((a) => a.anchorState === "orphaned")}
            selection={selection}
            revision={revision}
            canEdit={(a) => allows(currentUser, "annotation.reattach", annotationFactsOf(a))}
            canDelete={(a) => allows(currentUser, "annotation.delete", annotationFactsOf(a))}
            onReattached={replace}
            onDeleted={(id) => setAnnotations((current) => current.filter((a) => a.id !== id))}
          />
          {notice && (
            <div className="mb-3">
              <Alert tone="success">{notice}</Alert>
            </div>
          )}
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-base font-semibold">
              Annotations <span className="font-normal text-[var(--color-muted)]">({visible.length === annotations.length ? annotations.length : `${visible.length} of ${annotations.length}`})</span>
            </h2>
            {myDrafts > 0 && (
              <Button size="sm" onClick={() => void submitAllDrafts()}>
                Submit my {myDrafts} draft{myDrafts === 1 ? "" : "s"}
              </Button>
            )}
          </div>
          <p className="mb-2 text-xs text-[var(--color-muted)]">
            <kbd>J</kbd>/<kbd>K</kbd> move between annotations{canAttempt(currentUser, "annotation.decide").ok && <>; <kbd>A</kbd> approve, <kbd>R</kbd> reject, <kbd>S</kbd> send back</>}.
          </p>
          <div className="mb-3">
            <AnnotationFilters filter={filter} onChange={setFilter} />
          </div>
          {visible.length === 0 ? (
            <p className="text-sm text-[var(--color-muted)]">{annotations.length === 0 ? "No annotations yet. Select some text to start." : "No annotation matches these filters."}</p>
          ) : (
            <AnnotationList
              annotations={visible}
              selectedId={selectedId}
              renderCard={(annotation) => (
                <AnnotationCard annotation={annotation} selected={annotation.id === selectedId} onSelect={() => select(annotation.id === selectedId ? null : annotation.id, { scroll: true })}>
                  <ReviewControls ref={annotation.id === selectedId ? controls : undefined} annotation={annotation} currentUser={currentUser} onUpdated={replace} />
                  {allows(currentUser, "annotation.edit", annotationFactsOf(annotation)) && (
                    <OwnAnnotationActions
                      annotation={annotation}
                      onUpdate={(patch) => updateAnnotationAction({ id: annotation.id, version: annotation.version, patch })}
                      onDelete={() => deleteAnnotationAction({ id: annotation.id, version: annotation.version })}
                      onUpdated={replace}
                      onDeleted={() => {
                        setAnnotations((current) => current.filter((a) => a.id !== annotation.id));
                        setSelectedId(null);
                        setNotice("Annotation deleted.");
                      }}
                    />
                  )}
                  <CommentThread annotationId={annotation.id} currentUser={currentUser} refreshKey={threadVersion} />
                  <AnnotationHistory annotationId={annotation.id} refreshKey={threadVersion} />
                </AnnotationCard>
              )}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
