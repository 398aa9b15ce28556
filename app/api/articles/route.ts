import { createArticle } from "@/lib/server/articles/create-article";
import { listArticles } from "@/lib/server/articles/list-articles";
import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { createArticleSchema, MAX_BODY_CHARS } from "@/lib/validations/article";

/** GET /api/articles — every article with annotation counts. */
export const GET = apiRoute({}, async ({ actor, requestId }) => {
  return resultResponse({ ok: true, value: { articles: await listArticles(actor) } }, requestId);
});

/** POST /api/articles — title, metadata and `text` or `html`; returns the article with its plain text. */
export const POST = apiRoute({ roles: ["editor", "admin"] }, async ({ request, actor, requestId }) => {
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
