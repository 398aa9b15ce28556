import "server-only";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { Verdict } from "@/lib/domain/verdicts";
import type { SearchGroupDto, SearchHitDto, SearchHitSource, SearchPageDto } from "@/lib/dto/search-dto";
import { cursorShape, decodeCursor, encodeCursor, type PageRequest } from "@/lib/paging/page-cursor";
import { can } from "@/lib/policy/policy";
import { parseSearchQuery } from "@/lib/search/search-query";
import { firstHitOffsetsInWindow, snippetParts } from "@/lib/search/snippet";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { queryPrepared } from "@/lib/server/db/query-prepared";
import { fail, ok, type Result } from "@/lib/server/errors";
import type { SearchFilter } from "@/lib/validations/search";
import { searchPageSql } from "./search-page-sql";

/** Results are ranked, so pages are numbered by position in the ranking. */
const SEARCH_CURSOR = cursorShape("search", ["integer"]);

type Row = {
  articleId: string;
  best: number;
  total: number;
  title: string;
  outlet: string;
  createdAt: Date;
  source: SearchHitSource;
  sourceId: string;
  annotationId: string | null;
  rank: number;
  headline: string;
  windowText: string | null;
  windowStart: number | null;
  kind: AnnotationKind | null;
  status: ReviewStatus | null;
  verdict: Verdict | null;
  authorName: string | null;
};

function hitOf(row: Row): SearchHitDto {
  const snippet = snippetParts(row.headline);
  const passage = row.source === "text" && row.windowText !== null ? firstHitOffsetsInWindow(row.windowText, row.windowStart ?? 0, snippet) : null;
  const base = `/articles/${row.articleId}`;
  const href = row.annotationId ? `${base}#annotation-${row.annotationId}` : passage ? `${base}#passage-${passage.start}-${passage.end}` : base;
  const annotation = row.annotationId && row.kind && row.status ? { id: row.annotationId, kind: row.kind, status: row.status, verdict: row.verdict, authorName: row.authorName ?? "" } : null;
  return { source: row.source, rank: row.rank, snippet, href, annotation, passage };
}

function groupRows(rows: Row[]): SearchGroupDto[] {
  const groups = new Map<string, SearchGroupDto>();
  for (const row of rows) {
    let group = groups.get(row.articleId);
    if (!group) {
      group = { article: { id: row.articleId, title: row.title, outlet: row.outlet, createdAt: row.createdAt.toISOString() }, rank: row.best, totalHits: row.total, hits: [] };
      groups.set(row.articleId, group);
    }
    group.hits.push(hitOf(row));
  }
  return [...groups.values()];
}

/**
 * Searches the whole desk — article titles and current text, annotations (quote, note, kind
 * fields), evidence titles and excerpts, comments — and returns one page of articles, best match
 * first, each with its best few hits highlighted and linked to the exact annotation or passage.
 * Phrases in quotes, `or`, `-word`, and the last word as a prefix. Everyone who may read
 * articles may search them all; deleted articles and annotations are never found.
 */
export async function searchDesk(actor: Actor, filter: SearchFilter, page: PageRequest): Promise<Result<SearchPageDto>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const parsed = parseSearchQuery(filter.q);
  if (!parsed.ok) return fail("invalid", parsed.message, { fieldErrors: { q: parsed.message } });
  const after = page.cursor === null ? null : decodeCursor(SEARCH_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  const offset = after ? after.value[0] : 0;
  const rows = await queryPrepared<Row>(searchPageSql(parsed.query, filter, { limit: page.limit + 1, offset }));
  const groups = groupRows(rows);
  const more = groups.length > page.limit;
  return ok({ groups: groups.slice(0, page.limit), nextCursor: more ? encodeCursor(SEARCH_CURSOR, [offset + page.limit]) : null });
}
