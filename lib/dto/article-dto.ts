import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";

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
