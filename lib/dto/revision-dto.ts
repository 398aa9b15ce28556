import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { AnchorState, ReviewStatus } from "@/lib/domain/review-statuses";
import type { ReanchorOrphanReason } from "@/lib/anchoring/reanchor";
import type { ReanchorOutcome, ReanchorSummary } from "@/lib/revisions/reanchor-plan";
import type { RevisionSourceName } from "@/lib/revisions/revision-sources";
import type { WordDiffResult } from "@/lib/revisions/word-diff";
import type { ArticleMetadataDto } from "@/lib/dto/article-dto";

/** One revision in an article's history. */
export type RevisionListItemDto = {
  number: number;
  createdAt: string;
  createdBy: { id: string; name: string };
  source: RevisionSourceName;
  /** What saving this revision did to the annotations (null for the first revision). */
  summary: ReanchorSummary | null;
  words: number;
  characters: number;
  current: boolean;
};

/** One revision with its body, and (on request) the word diff against the one before it. */
export type RevisionDetailDto = RevisionListItemDto & {
  articleId: string;
  articleTitle: string;
  text: string;
  doc: unknown;
  previous: number | null;
  diff?: WordDiffResult | null;
};

/** What a new revision did to one annotation (positions in code points of the new revision). */
export type ReanchoredAnnotationDto = {
  id: string;
  kind: AnnotationKind;
  result: ReanchorOutcome;
  /** Was orphaned by an earlier revision and still is. */
  stillOrphaned: boolean;
  /** Was orphaned and is placed again (its exact quote came back, once). */
  restored: boolean;
  /** Why it was orphaned, for orphaned ones. */
  reason: ReanchorOrphanReason | null;
  start: number;
  end: number;
  exact: string;
  previousExact: string | null;
  status: ReviewStatus;
  previousStatus: ReviewStatus;
  anchorState: AnchorState;
  version: number;
};

/** Answer to a save: the new revision and the re-anchoring, or why nothing was made. */
export type SaveRevisionDto =
  | {
      created: true;
      article: ArticleMetadataDto;
      revision: { number: number; createdAt: string; source: RevisionSourceName };
      summary: ReanchorSummary;
      annotations: ReanchoredAnnotationDto[];
    }
  | {
      created: false;
      message: string;
      article: ArticleMetadataDto;
      revision: { number: number };
      summary: null;
      annotations: [];
    };
