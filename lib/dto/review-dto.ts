import type { EventType } from "@/lib/events/event-types";
import type { ShownEvent } from "@/lib/events/stored-event";
import type { ReviewProgress } from "@/lib/review/review-progress";
import type { SentenceContext } from "@/lib/review/sentence-context";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";

/** One annotation waiting in the review queue, with where it is and the sentence around it. */
export type ReviewQueueItemDto = {
  annotation: AnnotationDto;
  article: { id: string; title: string };
  /** The sentence around the span, from the text of the revision it is anchored to. */
  context: SentenceContext;
  /** When it was (last) submitted or reopened; null for one that entered the queue another way. */
  submittedAt: string | null;
};

/** A page of the review queue: re-reviews first, then the oldest submissions. */
export type ReviewQueueDto = {
  items: ReviewQueueItemDto[];
  /** How many annotations match the filters (may exceed `items.length`). */
  total: number;
  /**
   * How many of the `total` the reader may decide: not their own work (four-eyes). Null for those
   * who do not review.
   */
  forYou: number | null;
  /** Cursor of the next page; null on the last. */
  nextCursor: string | null;
};

/** An article's review progress (see `reviewProgress` in lib/review). */
/** How many annotations wait for review (`total`), and how many the viewer may decide (`forYou`: never their own work). */
export type ReviewQueueCount = { total: number; forYou: number };

export type ReviewProgressDto = ReviewProgress & { articleId: string };

/** The events an annotation's history holds: the annotation's own and its comments'. */
export type HistoryEventType = Extract<EventType, `annotation.${string}` | `comment.${string}`>;

/**
 * One step in an annotation's history: an event of the union (switch on `type`; `payload` is typed
 * by it), with its position in the stream, time and the actor's name.
 */
export type HistoryEntryDto = Extract<ShownEvent, { type: HistoryEventType }>;
