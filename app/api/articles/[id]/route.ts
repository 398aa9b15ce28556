import { getArticle } from "@/lib/server/articles/get-article";
import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import { MAX_BODY_CHARS } from "@/lib/validations/article";
import { reviseArticleSchema } from "@/lib/validations/revision";

/** GET /api/articles/{id} — metadata, current revision and its plain `text` (offsets count into it). */
export const GET = apiRoute<{ id: string }>({}, async ({ actor, params, requestId }) => {
  return resultResponse(await getArticle(actor, params.id), requestId);
});

/**
 * PUT /api/articles/{id} — a new body (`text`, `html` or an editor `doc`), optionally the
 * `revision` it was edited from (409 when the article has moved on) and new metadata. Makes
 * revision n+1 and re-anchors every annotation; answers with the summary and each annotation's
 * outcome. An identical body makes no revision (`created: false`).
 */
export const PUT = apiRoute<{ id: string }>({ roles: ["editor", "admin"] }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, reviseArticleSchema, MAX_BODY_CHARS * 4);
  if (!body.ok) return errorResponse(body.error, requestId);
  const { text, html, doc, revision, ...metadata } = body.data;
  const result = await saveRevision(actor, params.id, {
    body: doc !== undefined ? { doc } : html !== undefined ? { html } : { text: text ?? "" },
    source: doc !== undefined ? "editor" : html !== undefined ? "html" : "text",
    expectedRevision: revision,
    metadata,
  });
  return resultResponse(result, requestId);
});
