import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { AssignmentRole, DeskStatus } from "@/lib/domain/desk-statuses";
import type { ReviewStatus } from "@/lib/domain/review-statuses";

/** Someone assigned to an article: who, and whether to annotate or review. */
export type AssigneeDto = { userId: string; name: string; role: AssignmentRole };

export type ArticleMetadataDto = {
  id: string;
  title: string;
  outlet: string;
  byline: string;
  url: string;
  publishedOn: string | null;
  createdAt: string;
  updatedAt: string;
  currentRevision: number;
  /** Where the article stands on the desk. */
  deskStatus: DeskStatus;
  /** When its work is due (ISO time), or null. */
  dueAt: string | null;
  /** Who is assigned to annotate and to review it (by role, then name). */
  assignees: AssigneeDto[];
};

export type ArticleSummaryDto = ArticleMetadataDto & {
  counts: Record<AnnotationKind, number>;
  statusCounts: Partial<Record<ReviewStatus, number>>;
  awaitingReview: number;
  orphaned: number;
};

export type ArticleDetailDto = ArticleMetadataDto & {
  createdBy: { id: string; name: string };
  revision: { id: string; number: number; createdAt: string; createdBy: { id: string; name: string } };
  /** Plain text of the current revision: annotation offsets count into it (code points). */
  text: string;
};
