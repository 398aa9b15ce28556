import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import { toIsoDate } from "@/lib/server/dates";

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

export const articleMetadataSelect = {
  id: true,
  title: true,
  outlet: true,
  byline: true,
  url: true,
  publishedOn: true,
  createdAt: true,
  updatedAt: true,
  currentRevision: true,
} as const;

export function toArticleMetadataDto(row: {
  id: string;
  title: string;
  outlet: string;
  byline: string;
  url: string;
  publishedOn: Date | null;
  createdAt: Date;
  updatedAt: Date;
  currentRevision: number;
}): ArticleMetadataDto {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    url: row.url,
    publishedOn: toIsoDate(row.publishedOn),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    currentRevision: row.currentRevision,
  };
}
