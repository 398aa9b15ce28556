import { z } from "./zod";
import { ANNOTATION_KINDS } from "../domain/annotation-kinds";
import { REVIEW_STATUSES } from "../domain/review-statuses";
import { VERDICTS } from "../domain/verdicts";
import { MAX_SEARCH_QUERY_CHARS } from "../search/search-query";
import { queryList, queryValue } from "./query-params";

const list = <T extends readonly [string, ...string[]]>(values: T, name: string) => z.array(z.enum(values, { error: `${name} must be one of ${values.join(", ")}` })).optional();

const day = (name: string) => z.iso.date({ error: `${name} must be a date like 2026-12-01` }).optional();

/**
 * Filters of the desk search (`GET /api/search`, the search page's address). `q` is checked by
 * lib/search/search-query; kind, verdict, status and author narrow the results to annotations
 * (and what is attached to them); `from`/`to` are days (UTC, both included) of creation.
 */
export const searchFilterSchema = z.object({
  q: z.string().max(MAX_SEARCH_QUERY_CHARS * 4, `q must be under ${MAX_SEARCH_QUERY_CHARS} characters`),
  kind: list(ANNOTATION_KINDS, "kind"),
  verdict: list(VERDICTS, "verdict"),
  status: list(REVIEW_STATUSES, "status"),
  author: z.string().trim().min(1).max(64, "author must be a user id").optional(),
  from: day("from"),
  to: day("to"),
});
export type SearchFilter = z.infer<typeof searchFilterSchema>;

/** Query parameters → the object {@link searchFilterSchema} checks (lists comma-separated or repeated; empty values ignored). */
export function searchFilterFromSearchParams(search: URLSearchParams): Record<string, unknown> {
  const many = (name: string) => queryList(search, name);
  const one = (name: string) => queryValue(search, name);
  return { q: search.get("q") ?? "", kind: many("kind"), verdict: many("verdict"), status: many("status"), author: one("author"), from: one("from"), to: one("to") };
}

/** Whether any filter narrows the search to annotations. */
export function narrowsToAnnotations(filter: SearchFilter): boolean {
  return Boolean(filter.kind?.length || filter.verdict?.length || filter.status?.length || filter.author);
}
