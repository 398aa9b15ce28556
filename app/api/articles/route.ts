import { createArticle } from "@/lib/server/articles/create-article";
import { listArticles } from "@/lib/server/articles/list-articles";
import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { pageResponse, readPageRequest } from "@/lib/server/http/paging";
import { createArticleSchema, MAX_BODY_CHARS } from "@/lib/validations/article";
import { articleListFilterFromSearchParams, articleListFilterSchema } from "@/lib/validations/assignment";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";

/**
 * GET /api/articles?limit=&cursor=&assignee=&status=&due= — a page of articles, newest first, with
 * annotation counts and assignments: `{ articles, nextCursor }`.
 */
export const GET = apiRoute({ action: "article.read" }, async ({ request, actor, requestId }) => {
  const page = readPageRequest(request);
  if (!page.ok) return errorResponse(page.error, requestId);
  const filter = articleListFilterSchema.safeParse(articleListFilterFromSearchParams(new URL(request.url).searchParams));
  if (!filter.success) {
    const fieldErrors = zodFieldErrors(filter.error);
    return errorResponse({ code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors }, requestId);
  }
  const result = await listArticles(actor, page.page, filter.data);
  if (!result.ok) return errorResponse(result.error, requestId);
  return pageResponse(request, requestId, { articles: result.value.items, nextCursor: result.value.nextCursor }, page.page.limit);
});

/** POST /api/articles — title, metadata and `text` or `html`; returns the article with its plain text. */
export const POST = apiRoute({ action: "article.create", idempotent: true }, async ({ request, actor, requestId }) => {
  const body = await readJson(request, createArticleSchema, MAX_BODY_CHARS * 2);
  if (!body.ok) return errorResponse(body.error, requestId);
  const { text, html, ...metadata } = body.data;
  const result = await createArticle(actor, {
    metadata,
    body: html !== undefined ? { html } : { text: text ?? "" },
    source: html !== undefined ? "html" : "text",
  });
  return resultResponse(result, requestId, 201);
});
