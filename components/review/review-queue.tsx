"use client";

import { DateTime } from "@/components/ui/date-time";
import { AppLink } from "@/components/ui/app-link";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { DirectionArrow } from "@/components/ui/direction-arrow";
import { useErrorText } from "@/components/ui/use-error-text";
import { loadReviewQueuePageAction } from "@/app/(app)/review/actions";
import { SimilarClaimsPanel } from "@/components/claims/similar-claims-panel";
import { AnnotationDetails } from "@/components/article/annotation-details";
import { StatusBadge, useAnnotationHeadline } from "@/components/article/annotation-summary";
import { LiveAnnouncer } from "@/components/live/live-announcer";
import { useLiveQueue } from "@/components/live/use-live-queue";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { mergeQueue, steppableIds } from "@/lib/live/merge-queue";
import { DEFAULT_PAGE_LIMIT } from "@/lib/paging/page-cursor";
import { allows, annotationFactsOf, type PolicyActor } from "@/lib/policy/policy";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import type { ReviewQueueItemDto } from "@/lib/dto/review-dto";
import type { ReviewQueueFilter } from "@/lib/validations/review";
import { CommentThread } from "./comment-thread";
import { DecisionToast } from "./decision-toast";
import { ReviewControls, type ReviewControlsHandle } from "./review-controls";
import { stepThrough, useReviewKeys } from "./use-review-keys";

type Props = {
  items: ReviewQueueItemDto[];
  total: number;
  /** How many of `total` the reader may decide (null for those who do not review). */
  forYou: number | null;
  /** Cursor of the page after `items` (null when they are all). */
  nextCursor: string | null;
  /** The filters `items` were read with: later pages keep them. */
  filter: ReviewQueueFilter;
  currentUser: PolicyActor;
  /** Stream position the page was rendered at (live updates start after it). */
  livePosition: string;
  /** How long a decision can be undone (`FACTDESK_UNDO_SECONDS`). */
  undoSeconds?: number;
};

const waiting = (status: string) => status === "submitted" || status === "needs_rereview";

/** Most items the live refresh reads again at once (the API's largest page). */
const LIVE_REFRESH_LIMIT = 500;

/**
 * The queue as a keyboard-first list: the selected item shows its fields and the decisions. Pages
 * after the first load with "Load more", or with J past the last loaded item. It stays live: items
 * arrive, leave and change as others work, and one someone else is reviewing is marked.
 */
export function ReviewQueue({ items: initial, total: initialTotal, forYou: initialForYou, nextCursor: firstCursor, filter, currentUser, livePosition, undoSeconds }: Props) {
  const [items, setItems] = useState(initial);
  const [total, setTotal] = useState(initialTotal);
  const [forYou, setForYou] = useState(initialForYou);
  const [nextCursor, setNextCursor] = useState(firstCursor);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const [selected, setSelected] = useState<string | null>(initial[0]?.annotation.id ?? null);
  const [threadVersion, setThreadVersion] = useState(0);
  const t = useTranslations("review.queue");
  const kinds = useTranslations("kinds");
  const locale = useLocale();
  const headline = useAnnotationHeadline();
  const errorText = useErrorText();
  /** "N waiting": for a reviewer, only what they may decide; their own work is counted apart. */
  function waitingLine() {
    const count = forYou ?? total;
    const own = forYou === null ? 0 : total - forYou;
    const line = nextCursor ? t("waitingLoaded", { count, loaded: items.length }) : t("waiting", { count });
    return own > 0 ? `${line} ${t("waitingOwn", { count: own })}` : line;
  }
  const [decided, setDecided] = useState<AnnotationDto | null>(null);
  const live = useLiveQueue<ReviewQueueItemDto>({
    after: livePosition,
    selfUserId: currentUser.id,
    // The page's filters, and as many items as are loaded (Load more included).
    queueUrl: useCallback(() => {
      const search = new URLSearchParams(window.location.search);
      search.set("limit", String(Math.min(LIVE_REFRESH_LIMIT, Math.max(items.length, DEFAULT_PAGE_LIMIT))));
      return `/api/review-queue?${search}`;
    }, [items.length]),
    onQueue: useCallback(
      (page: { items: ReviewQueueItemDto[]; total: number; forYou?: number | null; nextCursor?: string | null }) => {
        // The item being read and the ones just decided here stay where they are; the rest follows the server.
        setItems((current) => mergeQueue(current, page.items, (item) => item.annotation.id === selected || !waiting(item.annotation.status)));
        setTotal(page.total);
        setForYou(page.forYou ?? null);
        setNextCursor(page.nextCursor ?? null);
        setThreadVersion((v) => v + 1);
      },
      [selected],
    ),
  });
  const { setActivity, reviewers } = live;
  const selectedItem = items.find((item) => item.annotation.id === selected);
  const reviewingTarget = selectedItem && waiting(selectedItem.annotation.status) && allows(currentUser, "annotation.decide", annotationFactsOf(selectedItem.annotation)) ? selectedItem : null;
  const reviewingArticle = reviewingTarget?.article.id ?? null;
  const reviewingAnnotation = reviewingTarget?.annotation.id ?? null;
  useEffect(() => {
    setActivity(reviewingAnnotation ? "reviewing" : "viewing", reviewingArticle && reviewingAnnotation ? { articleId: reviewingArticle, annotationId: reviewingAnnotation } : null);
  }, [reviewingArticle, reviewingAnnotation, setActivity]);
  const controls = useRef<ReviewControlsHandle>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const show = (id: string) => listRef.current?.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });

  function loadMore(selectFirst: boolean) {
    if (!nextCursor || loading) return;
    startLoading(async () => {
      const result = await loadReviewQueuePageAction({ filter, cursor: nextCursor });
      if (!result.ok) return setLoadError(errorText(result.error));
      setLoadError(null);
      const known = new Set(items.map((item) => item.annotation.id));
      const added = result.value.items.filter((item) => !known.has(item.annotation.id));
      setItems((current) => [...current, ...added]);
      setNextCursor(result.value.nextCursor);
      if (selectFirst && added[0]) setSelected(added[0].annotation.id);
    });
  }

  const move = (step: 1 | -1) => {
    // J/K pass over items another reviewer has open (a soft lock; choosing one with the mouse still works).
    const ids = steppableIds(
      items.map((item) => item.annotation.id),
      reviewers,
      selected,
    );
    if (step === 1 && selected === ids[ids.length - 1] && nextCursor) return loadMore(true);
    const next = stepThrough(ids, selected, step);
    if (!next) return;
    setSelected(next);
    show(next);
  };
  useReviewKeys(move, controls);

  function updated(annotation: AnnotationDto) {
    setItems((current) => current.map((item) => (item.annotation.id === annotation.id ? { ...item, annotation } : item)));
    setThreadVersion((v) => v + 1);
    // Decided: go on to the next one still waiting.
    const next = items.find((item) => item.annotation.id !== annotation.id && waiting(item.annotation.status) && !reviewers.has(item.annotation.id));
    if (!waiting(annotation.status) && next) setSelected(next.annotation.id);
  }

  /** An undone decision: the item waits again and is the selected one, to decide afresh. */
  function restored(annotation: AnnotationDto) {
    setItems((current) => current.map((item) => (item.annotation.id === annotation.id ? { ...item, annotation } : item)));
    setThreadVersion((v) => v + 1);
    setSelected(annotation.id);
  }

  const toast = <DecisionToast decided={decided} undoSeconds={undoSeconds} onRestored={restored} onClose={() => setDecided(null)} />;

  if (items.length === 0) {
    return (
      <>
        <LiveAnnouncer message={live.announcement} />
        {toast}
        <p className="rounded-lg border border-dashed border-[var(--color-line)] p-8 text-center text-[var(--color-muted)]">{t("empty")}</p>
      </>
    );
  }

  return (
    <div>
      <LiveAnnouncer message={live.announcement} />
      {toast}
      <p className="mb-2 text-sm text-[var(--color-muted)]">{waitingLine()}</p>
      <h2 className="sr-only">{t("label")}</h2>
      <ol ref={listRef} className="space-y-2" aria-label={t("label")}>
        {items.map((item) => {
          const { annotation, context } = item;
          const isSelected = annotation.id === selected;
          const reviewer = reviewers.get(annotation.id);
          return (
            <li key={annotation.id}>
              <article
                data-testid="queue-item"
                data-annotation-id={annotation.id}
                data-reviewed-by={reviewer}
                aria-current={isSelected ? "true" : undefined}
                className={`rounded-lg border bg-white p-4 ${isSelected ? "border-gray-900 ring-1 ring-gray-900" : "border-[var(--color-line)]"}`}
              >
                <button type="button" className="block w-full text-start" onClick={() => setSelected(annotation.id)} aria-expanded={isSelected}>
                  <span className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span className="inline-flex items-center gap-2 font-semibold">
                      <span aria-hidden className={`inline-block h-3 w-3 rounded-sm fd-hl-${annotation.kind}`} />
                      {kinds(annotation.kind)}
                      <span className="font-normal text-[var(--color-muted)]">{t.rich("inArticle", { title: () => <span dir="auto">{item.article.title}</span> })}</span>
                    </span>
                    <span className="inline-flex items-center gap-2">
                      {reviewer && (
                        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900" data-testid="reviewing-marker">
                          {t("isReviewing", { name: reviewer })}
                        </span>
                      )}
                      <StatusBadge status={annotation.status} />
                    </span>
                  </span>
                  <span className="mt-2 block font-serif text-[1.02rem] leading-relaxed" data-testid="queue-context" dir="auto">
                    {context.truncatedBefore && "… "}
                    {context.before}
                    <mark className={`rounded px-0.5 text-inherit fd-hl-${annotation.kind}`}>{context.exact}</mark>
                    {context.after}
                    {context.truncatedAfter && " …"}
                  </span>
                  <span className="mt-1 block text-xs text-[var(--color-muted)]">
                    <span dir="auto">{headline(annotation)}</span> · {t("by", { name: annotation.author.name })}
                    {item.submittedAt && <> · {t.rich("submitted", { date: () => <DateTime value={item.submittedAt ?? ""} locale={locale} /> })}</>}
                  </span>
                </button>
                {isSelected && (
                  <div className="mt-3 space-y-3 border-t border-[var(--color-line)] pt-3">
                    <AnnotationDetails annotation={annotation} />
                    {annotation.kind === "claim" && <SimilarClaimsPanel text={annotation.exact} articleId={item.article.id} excludeAnnotationId={annotation.id} />}
                    <ReviewControls ref={controls} annotation={annotation} currentUser={currentUser} onUpdated={updated} onDecided={setDecided} />
                    <CommentThread annotationId={annotation.id} currentUser={currentUser} refreshKey={threadVersion} />
                    <AppLink href={`/articles/${item.article.id}`} className="text-sm">
                      {t("open")} <DirectionArrow to="forward" />
                    </AppLink>
                  </div>
                )}
              </article>
            </li>
          );
        })}
      </ol>
      {loadError && <Alert tone="error">{loadError}</Alert>}
      {nextCursor && (
        <p className="mt-3 text-center">
          <Button type="button" onClick={() => loadMore(false)} disabled={loading}>
            {loading ? t("loading") : t("loadMore")}
          </Button>
        </p>
      )}
    </div>
  );
}
