import "server-only";
import { nextPageLink, parsePageLimit, type PageRequest } from "@/lib/paging/page-cursor";
import type { AppError } from "@/lib/server/errors";
import { exportBaseUrl } from "@/lib/server/exports/export-http";

/**
 * `limit` and `cursor` of a list request. The cursor is only checked for presence here; the
 * list's use case decodes it against its own sort key (and answers `invalid` if it is not one).
 */
export function readPageRequest(request: Request): { ok: true; page: PageRequest } | { ok: false; error: AppError } {
  const search = new URL(request.url).searchParams;
  const limit = parsePageLimit(search.get("limit"));
  if (!limit.ok) return { ok: false, error: { code: "invalid", message: limit.message, fieldErrors: { limit: limit.message } } };
  const cursor = search.get("cursor");
  if (cursor === "") {
    const message = "cursor is empty: leave it out for the first page";
    return { ok: false, error: { code: "invalid", message, fieldErrors: { cursor: message } } };
  }
  return { ok: true, page: { limit: limit.value, cursor } };
}

/**
 * A list page as JSON: `body` (which holds the items and `nextCursor`) plus, when there is a next
 * page, `Link: <…>; rel="next"` — this request's absolute URL with every filter kept.
 */
export function pageResponse<B extends { nextCursor: string | null }>(request: Request, requestId: string, body: B, limit: number): Response {
  const headers: Record<string, string> = { "x-request-id": requestId };
  if (body.nextCursor) {
    const url = new URL(request.url);
    const absolute = new URL(`${url.pathname}${url.search}`, exportBaseUrl(request));
    headers.link = nextPageLink(absolute, body.nextCursor, limit);
  }
  return Response.json(body, { headers });
}
