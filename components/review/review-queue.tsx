"use client";

import { AppLink } from "@/components/ui/app-link";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnnotationDetails } from "@/components/article/annotation-details";
import { annotationHeadline, StatusBadge } from "@/components/article/annotation-summary";
import { LiveAnnouncer } from "@/components/live/live-announcer";
import { useLiveQueue } from "@/components/live/use-live-queue";
import { KIND_LABELS } from "@/lib/domain/annotation-kinds";
import { mergeQueue, steppableIds } from "@/lib/live/merge-queue";
import type { Role } from "@/lib/domain/roles";
import type { AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import type { ReviewQueueItemDto } from "@/lib/server/review/review-dto";
import { CommentThread } from "./comment-thread";
import { ReviewControls, type ReviewControlsHandle } from "./review-controls";
import { reviewKeyHandlers, stepThrough, useReviewKeys } from "./use-review-keys";

type Props = {
  items: ReviewQueueItemDto[];
  total: number;
  currentUser: { id: string; role: Role };
  /** Stream position the page was rendered at (live updates start after it). */
  livePosition: string;
};

const waiting = (status: string) => status === "submitted" || status === "needs_rereview";

/** The queue as a keyboard-first list: the selected item shows its fields and the decisions. */
export function ReviewQueue({ items: initial, total: initialTotal, currentUser, livePosition }: Props) {
  const [items, setItems] = useState(initial);
  const [total, setTotal] = useState(initialTotal);
  const [selected, setSelected] = useState<string | null>(initial[0]?.annotation.id ?? null);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const live = useLiveQueue<ReviewQueueItemDto>({
    after: livePosition,
    selfUserId: currentUser.id,
    queueUrl: useCallback(() => `/api/review-queue${window.location.search}`, []),
    onQueue: useCallback((page: { items: ReviewQueueItemDto[]; total: number }) => {
      // The item being read and the ones just decided here stay where they are; the rest follows the server.
      setItems((current) => mergeQueue(current, page.items, (item) => item.annotation.id === selectedRef.current || !waiting(item.annotation.status)));
      setTotal(page.total);
      setThreadVersion((v) => v + 1);
    }, []),
  });
  const { setActivity, reviewers } = live;
  const selectedItem = items.find((item) => item.annotation.id === selected);
  const reviewingTarget = selectedItem && currentUser.role !== "editor" && waiting(selectedItem.annotation.status) ? selectedItem : null;
  useEffect(() => {
    setActivity(reviewingTarget ? "reviewing" : "viewing", reviewingTarget ? { articleId: reviewingTarget.article.id, annotationId: reviewingTarget.annotation.id } : null);
  }, [reviewingTarget, setActivity]);
  const [threadVersion, setThreadVersion] = useState(0);
  const controls = useRef<ReviewControlsHandle>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const move = (step: 1 | -1) => {
    // J/K pass over items another reviewer has open (a soft lock; choosing one with the mouse still works).
    const next = stepThrough(steppableIds(items.map((item) => item.annotation.id), reviewers, selected), selected, step);
    if (!next) return;
    setSelected(next);
    listRef.current?.querySelector(`[data-annotation-id="${CSS.escape(next)}"]`)?.scrollIntoView({ block: "nearest" });
  };
  useReviewKeys(reviewKeyHandlers(move, controls));

  function updated(annotation: AnnotationDto) {
    setItems((current) => current.map((item) => (item.annotation.id === annotation.id ? { ...item, annotation } : item)));
    setThreadVersion((v) => v + 1);
    // Decided: go on to the next one still waiting.
    const next = items.find((item) => item.annotation.id !== annotation.id && waiting(item.annotation.status) && !reviewers.has(item.annotation.id));
    if (!waiting(annotation.status) && next) setSelected(next.annotation.id);
  }

  if (items.length === 0) {
    return (
      <>
        <LiveAnnouncer message={live.announcement} />
        <p className="rounded-lg border border-dashed border-[var(--color-line)] p-8 text-center text-[var(--color-muted)]">Nothing is waiting for review.</p>
      </>
    );
  }

  return (
    <div>
      <LiveAnnouncer message={live.announcement} />
      <p className="mb-2 text-sm text-[var(--color-muted)]">
        {total} waiting{total > items.length ? `, showing the first ${items.length}` : ""}.
      </p>
      <ol ref={listRef} className="space-y-2" aria-label="Annotations awaiting review">
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
                <button type="button" className="block w-full text-left" onClick={() => setSelected(annotation.id)} aria-expanded={isSelected}>
                  <span className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span className="inline-flex items-center gap-2 font-semibold">
                      <span aria-hidden className={`inline-block h-3 w-3 rounded-sm fd-hl-${annotation.kind}`} />
                      {KIND_LABELS[annotation.kind]}
                      <span className="font-normal text-[var(--color-muted)]">in {item.article.title}</span>
                    </span>
                    <span className="inline-flex items-center gap-2">
                      {reviewer && (
                        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900" data-testid="reviewing-marker">
                          {reviewer} is reviewing
                        </span>
                      )}
                      <StatusBadge status={annotation.status} />
                    </span>
                  </span>
                  <span className="mt-2 block font-serif text-[1.02rem] leading-relaxed" data-testid="queue-context">
                    {context.truncatedBefore && "… "}
                    {context.before}
                    <mark className={`rounded px-0.5 text-inherit fd-hl-${annotation.kind}`}>{context.exact}</mark>
                    {context.after}
                    {context.truncatedAfter && " …"}
                  </span>
                  <span className="mt-1 block text-xs text-[var(--color-muted)]">
                    {annotationHeadline(annotation)} · by {annotation.author.name}
                    {item.submittedAt && <> · submitted {new Date(item.submittedAt).toLocaleString()}</>}
                  </span>
                </button>
                {isSelected && (
                  <div className="mt-3 space-y-3 border-t border-[var(--color-line)] pt-3">
                    <AnnotationDetails annotation={annotation} />
                    <ReviewControls ref={controls} annotation={annotation} currentUser={currentUser} onUpdated={updated} />
                    <CommentThread annotationId={annotation.id} currentUserId={currentUser.id} refreshKey={threadVersion} />
                    <AppLink href={`/articles/${item.article.id}`} className="text-sm">
                      Open in the article →
                    </AppLink>
                  </div>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
