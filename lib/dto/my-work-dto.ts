import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import type { ArticleMetadataDto } from "@/lib/dto/article-dto";
import type { AssignmentRole } from "@/lib/domain/desk-statuses";

/** An annotation on My work, with the article it is on (link: `/articles/{article.id}#annotation-{annotation.id}`). */
export type MyWorkAnnotationItem = { annotation: AnnotationDto; article: { id: string; title: string } };

/** An article assigned to me, and what I am asked to do on it. */
export type MyWorkAssignmentItem = {
  article: Pick<ArticleMetadataDto, "id" | "title" | "deskStatus" | "dueAt" | "assignees">;
  roles: AssignmentRole[];
};

/** One section of My work: the first items and how many there are in all. */
export type MyWorkSection<T> = { total: number; items: T[] };

/**
 * What waits for one person: their drafts; what reviewers sent back to them (reasons in
 * `annotation.lastDecision`); what waits for their review (never their own work; re-reviews
 * first); the articles assigned to them that are not done yet, soonest due first.
 */
export type MyWorkDto = {
  drafts: MyWorkSection<MyWorkAnnotationItem>;
  sentBack: MyWorkSection<MyWorkAnnotationItem>;
  toReview: MyWorkSection<MyWorkAnnotationItem>;
  assigned: MyWorkSection<MyWorkAssignmentItem>;
};
