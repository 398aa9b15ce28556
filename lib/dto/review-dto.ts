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
  /** Cursor of the next page; null on the last. */
  nextCursor: string | null;
};

/** An article's review progress (see `reviewProgress` in lib/review). */
export type ReviewProgressDto = ReviewProgress & { articleId: string };

/** A JSON value as stored in the audit trail. */
export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };

/** One step in an annotation's history: an audit row with the actor's name. */
export type HistoryEntryDto = {
  /** The audit row's id (a decimal string: the column is a bigint). */
  id: string;
  at: string;
  /** `create`, `edit`, `delete`, `submit`, `approve`, `reject`, `request_changes`, `reopen`, `comment`, `comment_edit`, … */
  action: string;
  /** Whether the row is about the annotation itself or one of its comments. */
  entityType: "annotation" | "comment";
  entityId: string;
  /** Null for changes the system made (or a user since removed from the database). */
  actor: { id: string; name: string } | null;
  before: AuditJson;
  after: AuditJson;
};
