import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { Verdict } from "@/lib/domain/verdicts";
import type { SnippetPart } from "@/lib/search/snippet";

/** Where in the desk a search hit was found. */
export type SearchHitSource = "title" | "text" | "annotation" | "evidence" | "comment";

/**
 * One place a search matched, with its highlighted snippet and the address that opens it: the
 * annotation's card (`/articles/{id}#annotation-{annotationId}`) or the passage of the article's
 * text (`/articles/{id}#passage-{start}-{end}`, code points), or the article itself.
 */
export type SearchHitDto = {
  source: SearchHitSource;
  rank: number;
  snippet: SnippetPart[];
  href: string;
  annotation: { id: string; kind: AnnotationKind; status: ReviewStatus; verdict: Verdict | null; authorName: string } | null;
  passage: { start: number; end: number } | null;
};

/** One article's results: its best hits first (at most a few), and how many hits it has in all. */
export type SearchGroupDto = {
  article: { id: string; title: string; outlet: string; createdAt: string };
  rank: number;
  totalHits: number;
  hits: SearchHitDto[];
};

/** A page of search results, grouped by article, best article first. */
export type SearchPageDto = { groups: SearchGroupDto[]; nextCursor: string | null };
