"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { createAnnotationAction } from "@/app/(app)/articles/[id]/actions";
import { submitArticleDraftsAction } from "@/app/(app)/review/actions";
import { LiveAnnouncer } from "@/components/live/live-announcer";
import { NewRevisionBanner } from "@/components/live/new-revision-banner";
import { PresenceAvatars } from "@/components/live/presence-avatars";
import { useLiveArticle } from "@/components/live/use-live-article";
import type { ReviewControlsHandle } from "@/components/review/review-controls";
import { DecisionToast } from "@/components/review/decision-toast";
import { stepThrough, useReviewKeys } from "@/components/review/use-review-keys";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import { useErrorText } from "@/components/ui/use-error-text";
import { allows, annotationFactsOf, canAttempt, type PolicyActor } from "@/lib/policy/policy";
import { compareDocumentOrder, type AnnotationDto } from "@/lib/dto/annotation-dto";
import { unpackAnnotations, type PackedAnnotations } from "@/lib/dto/packed-annotations";
import type { Suggestion } from "@/lib/suggestions/suggest";
import { suggestionContent, suggestionFormFields, suggestionKey } from "@/lib/suggestions/suggestion-content";
import { findDuplicateSpans } from "@/lib/live/duplicate-span";
import { cycleAt } from "@/lib/editor/overlap-layers";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { AnnotationFilters, ALL_ANNOTATIONS, matchesFilter, type AnnotationFilter } from "./annotation-filters";
import type { AnnotationFormExtras } from "./annotation-form";
import { AnnotationList, VIRTUALISE_AFTER } from "./annotation-list";
import { AnnotationMarginList } from "./annotation-margin-list";
import { EvidenceArchiveProvider } from "./evidence-archive-context";
import { CheckLinksButton } from "./evidence-archive-status";
import { ArticleViewer, type ArticleViewerHandle } from "./article-viewer";
import { KeyboardHelp } from "./keyboard-help";
import { NewAnnotationPanel } from "./new-annotation-panel";
import { OrphanedPanel } from "./orphaned-panel";
import { ReviewProgressBar } from "./review-progress-bar";
import { SidebarAnnotationCard } from "./sidebar-annotation-card";
import { SuggestionsPanel } from "./suggestions-panel";
import { useSuggestions } from "./use-suggestions";
import { useAnnotationFromHash } from "./use-annotation-hash";
import { useMediaQuery } from "./use-media-query";
import { useTaggingDraft } from "./use-tagging-draft";
import type { TextSpan } from "./use-text-selection";

type Props = {
  articleId: string;
  revision: number;
  doc: object;
  /** The annotations as the page sends them: packed, each once (see packAnnotations). */
  initialAnnotations: PackedAnnotations;
  currentUser: PolicyActor;
  /** An annotation to open on arrival (`?annotation=` from a notification's link). */
  focusId?: string | null;
  /** Stream position the page was rendered at (live updates start after it). */
  livePosition: string;
  /** How long a review decision can be undone (`FACTDESK_UNDO_SECONDS`). */
  undoSeconds?: number;
};

/** The article page's interactive part: the viewer, the tagging form and the sidebar of cards. */
export function ArticleWorkspace({ articleId, revision, doc, initialAnnotations: packed, currentUser, focusId = null, livePosition, undoSeconds }: Props) {
  const [initialAnnotations] = useState(() => unpackAnnotations(packed));
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [filter, setFilter] = useState<AnnotationFilter>(ALL_ANNOTATIONS);
  const [selectedId, setSelectedId] = useState<string | null>(() => (focusId && initialAnnotations.some((a) => a.id === focusId) ? focusId : null));
  const [flashToken, setFlashToken] = useState(0);
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [threadVersion, setThreadVersion] = useState(0);
  const [decided, setDecided] = useState<AnnotationDto | null>(null);
  const [evidenceVersion, setEvidenceVersion] = useState(0);
  const viewer = useRef<ArticleViewerHandle>(null);
  const controls = useRef<ReviewControlsHandle>(null);
  const t = useTranslations("article.workspace");
  const kinds = useTranslations("kinds");
  const errorText = useErrorText();
  // Closing the form puts the selection back where it was, with focus in the text.
  const tagging = useTaggingDraft((span) => viewer.current?.focusText(span));
  const { draft } = tagging;
  // Wide screens show each card level with its text (up to the count past which the list is virtualised).
  const wide = useMediaQuery("(min-width: 90rem)");
  const [articleElement, setArticleElement] = useState<HTMLDivElement | null>(null);

  const live = useLiveArticle({
    articleId,
    after: livePosition,
    selfUserId: currentUser.id,
    setAnnotations,
    onThreadsChanged: useCallback(() => setThreadVersion((version) => version + 1), []),
    onEvidenceChanged: useCallback(() => setEvidenceVersion((version) => version + 1), []),
  });
  const { setActivity } = live;
  const selected = annotations.find((a) => a.id === selectedId);
  // Others see who is reviewing which annotation: a reviewer who opens one they may decide on.
  const reviewing = selected && (selected.status === "submitted" || selected.status === "needs_rereview") && allows(currentUser, "annotation.decide", annotationFactsOf(selected)) ? selected.id : null;
  useEffect(() => {
    setActivity(reviewing ? "reviewing" : "viewing", reviewing ? { articleId, annotationId: reviewing } : null);
  }, [reviewing, articleId, setActivity]);
  const duplicates = useMemo(() => (draft ? findDuplicateSpans(annotations, { kind: draft.kind, start: draft.start, end: draft.end, revision }) : []), [draft, annotations, revision]);

  const visible = useMemo(() => annotations.filter((a) => matchesFilter(a, filter)), [annotations, filter]);
  const placed = useMemo(() => visible.filter((a) => a.anchorState !== "orphaned" && a.revision === revision), [visible, revision]);
  const besideText = wide && visible.length <= VIRTUALISE_AFTER;

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

  useAnnotationFromHash(
    useMemo(() => initialAnnotations.map((a) => a.id), [initialAnnotations]),
    select,
  );

  const startTagging = useCallback(
    (kind: AnnotationKind, span?: TextSpan) => {
      const target = span ?? selection;
      if (!target) return;
      tagging.open({ ...target, kind });
      setNotice(null);
      // On a phone the form is a sheet over the bottom of the screen: keep the selection in sight above it.
      if (window.matchMedia("(max-width: 1023px)").matches) viewer.current?.revealSpan(target);
    },
    [selection, tagging],
  );

  useEffect(() => {
    if (!focusId) return;
    document.querySelector(`[data-annotation-id="${CSS.escape(focusId)}"]`)?.scrollIntoView({ block: "center" });
    viewer.current?.scrollToAnnotation(focusId);
  }, [focusId]);

  const move = (step: 1 | -1) => {
    const next = stepThrough(
      visible.map((a) => a.id),
      selectedId,
      step,
    );
    if (next) select(next, { scroll: true });
  };
  useReviewKeys(move, controls);

  const settled = useMemo(() => annotations.filter((a) => a.anchorState !== "orphaned" && a.revision === revision), [annotations, revision]);
  const acceptSuggestion = async (suggestion: Suggestion, direct: boolean) => {
    const content = direct ? suggestionContent(suggestion) : null;
    if (content) {
      const result = await createAnnotationAction({ articleId, revision, start: suggestion.start, end: suggestion.end, content });
      if (result.ok) {
        setAnnotations((current) => [...current, result.value].sort(compareDocumentOrder));
        return setNotice(t("savedAsDraft", { kind: kinds(result.value.kind) }));
      }
    }
    tagging.open({ start: suggestion.start, end: suggestion.end, exact: suggestion.exact, kind: suggestion.kind, initial: { fields: suggestionFormFields(suggestion), note: "", evidence: [] } });
    setNotice(null);
  };
  const suggestions = useSuggestions({
    articleId,
    revision,
    enabled: allows({ id: currentUser.id, role: currentUser.role, active: true, mustChangePassword: false }, "annotation.create"),
    annotations: settled,
    onAccept: (suggestion, direct) => void acceptSuggestion(suggestion, direct),
  });
  const viewerSuggestions = useMemo(() => suggestions.suggestions.map((s) => ({ key: suggestionKey(s), start: s.start, end: s.end })), [suggestions.suggestions]);

  const myDrafts = annotations.filter((a) => a.author.id === currentUser.id && a.status === "draft").length;
  async function submitAllDrafts() {
    const result = await submitArticleDraftsAction({ articleId });
    if (!result.ok) return setNotice(errorText(result.error));
    const submitted = new Map(result.value.annotations.map((a) => [a.id, a]));
    setAnnotations((current) => current.map((a) => submitted.get(a.id) ?? a));
    setNotice(t("draftsSubmitted", { count: result.value.submitted }));
  }

  async function saveDraft(content: AnnotationContent, extras: AnnotationFormExtras) {
    if (!draft) return { ok: true as const };
    const result = await createAnnotationAction({ articleId, revision, start: draft.start, end: draft.end, content, reusedFromId: extras.reusedFromId });
    if (!result.ok) return result;
    setAnnotations((current) => [...current, result.value].sort(compareDocumentOrder));
    tagging.saved();
    setNotice(t("savedAsDraft", { kind: kinds(result.value.kind) }));
    select(result.value.id);
    // Back to the text with a caret after what was tagged, ready for the next selection.
    viewer.current?.focusText({ start: draft.end, end: draft.end });
    return { ok: true as const };
  }

  const renderCard = (annotation: AnnotationDto) => (
    <SidebarAnnotationCard
      annotation={annotation}
      currentUser={currentUser}
      selected={annotation.id === selectedId}
      changedByOthers={live.recentlyChanged.has(annotation.id)}
      refreshKey={threadVersion}
      controls={annotation.id === selectedId ? controls : undefined}
      onSelect={() => select(annotation.id === selectedId ? null : annotation.id, { scroll: true })}
      onUpdated={replace}
      onDecided={setDecided}
      onDeleted={() => {
        setAnnotations((current) => current.filter((a) => a.id !== annotation.id));
        setSelectedId(null);
        setNotice(t("deleted"));
      }}
    />
  );

  return (
    <EvidenceArchiveProvider articleId={articleId} refreshKey={`${evidenceVersion}:${threadVersion}:${annotations.length}`} canArchive={allows(currentUser, "evidence.archive")}>
      <LiveAnnouncer message={live.announcement} />
      <NewRevisionBanner revision={live.newRevision?.revision ?? null} by={live.newRevision?.by ?? null} onLoad={() => window.location.reload()} />
      <div className="mb-2 flex justify-end">
        <PresenceAvatars entries={live.presence} selfUserId={currentUser.id} />
      </div>
      <ReviewProgressBar annotations={annotations} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div ref={setArticleElement}>
          <p id="article-keys-hint" className="mb-1 text-xs text-[var(--color-muted)]">
            {t.rich("selectHint", { kbd: (chunks) => <kbd>{chunks}</kbd> })}
          </p>
          <KeyboardHelp canDecide={canAttempt(currentUser, "annotation.decide").ok} />
          <ArticleViewer
            ref={viewer}
            doc={doc}
            annotations={placed}
            focusedId={selectedId}
            flashToken={flashToken}
            onSelectionChange={setSelection}
            onTag={startTagging}
            onHighlightClick={(ids) => select(cycleAt(ids, selectedId))}
            tagging={draft !== null}
            suggestions={viewerSuggestions}
            focusedSuggestion={suggestions.focusedKey}
            onKey={suggestions.handleKey}
          />
        </div>
        <aside aria-label={t("sidebarLabel")} className={besideText ? "lg:self-start" : "lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"}>
          {draft && (
            <NewAnnotationPanel
              draft={draft}
              articleId={articleId}
              pending={tagging.pending}
              duplicates={duplicates}
              onShowDuplicate={(id) => select(id, { scroll: true })}
              onSubmit={saveDraft}
              onCancel={tagging.cancel}
              onDirtyChange={tagging.setDirty}
              onKeep={tagging.keep}
              onDiscard={tagging.confirm}
            />
          )}
          {suggestions.enabled && <SuggestionsPanel state={suggestions} collapsed={besideText} />}
          <OrphanedPanel
            annotations={annotations.filter((a) => a.anchorState === "orphaned")}
            selection={selection}
            revision={revision}
            canEdit={(a) => allows(currentUser, "annotation.reattach", annotationFactsOf(a))}
            canDelete={(a) => allows(currentUser, "annotation.delete", annotationFactsOf(a))}
            onReattached={(updated) => {
              replace(updated);
              setSelectedId(updated.id);
              setNotice(updated.status === "needs_rereview" ? t("reattachedRereview") : t("reattachedNotice"));
            }}
            onDeleted={(id) => setAnnotations((current) => current.filter((a) => a.id !== id))}
          />
          {notice && (
            <div className="mb-3">
              <Alert tone="success">{notice}</Alert>
            </div>
          )}
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-base font-semibold">
              {t("annotations")}{" "}
              <span className="font-normal text-[var(--color-muted)]">
                ({visible.length === annotations.length ? annotations.length : t("shownOf", { shown: visible.length, total: annotations.length })})
              </span>
            </h2>
            {myDrafts > 0 && (
              <Button size="sm" onClick={() => void submitAllDrafts()}>
                {t("submitDrafts", { count: myDrafts })}
              </Button>
            )}
          </div>
          <p className="mb-2 text-xs text-[var(--color-muted)]">{t.rich(canAttempt(currentUser, "annotation.decide").ok ? "keysReviewer" : "keys", { kbd: (chunks) => <kbd>{chunks}</kbd> })}</p>
          <CheckLinksButton />
          <div className="mb-3">
            <AnnotationFilters filter={filter} onChange={setFilter} />
          </div>
          {visible.length === 0 ? (
            <p className="text-sm text-[var(--color-muted)]">{annotations.length === 0 ? t("noAnnotations") : t("noMatches")}</p>
          ) : besideText ? (
            <AnnotationMarginList annotations={visible} selectedId={selectedId} renderCard={renderCard} anchorTops={() => viewer.current?.highlightTops() ?? new Map()} article={articleElement} />
          ) : (
            <AnnotationList annotations={visible} selectedId={selectedId} renderCard={renderCard} />
          )}
        </aside>
      </div>
      <DecisionToast decided={decided} undoSeconds={undoSeconds} onRestored={replace} onClose={() => setDecided(null)} />
    </EvidenceArchiveProvider>
  );
}
