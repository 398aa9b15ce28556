import { getArticle } from "@/lib/server/articles/get-article";
import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { expectedRevision, revisionEtag } from "@/lib/server/http/etag";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import { MAX_BODY_CHARS } from "@/lib/validations/article";
import { reviseArticleSchema } from "@/lib/validations/revision";

const PRECONDITION = {
  code: "precondition_required" as const,
  message: 'Say which revision you edited: send "revision" in the body, or If-Match with the article\'s ETag (e.g. If-Match: "r3"), so a newer save is never replaced',
};
const BAD_ETAG = { code: "precondition_failed" as const, message: "If-Match does not hold an ETag of this article's revision" };

/** GET /api/articles/{id} — metadata, current revision and its plain `text` (offsets count into it); ETag of the revision. */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  const result = await getArticle(actor, params.id);
  return resultResponse(result, requestId, 200, result.ok ? { etag: revisionEtag(result.value.revision.number) } : {});
});

/**
 * PUT /api/articles/{id} — a new body (`text`, `html` or an editor `doc`), the `revision` it was
 * edited from (or If-Match with the ETag from GET; 428 without either, 409 when the article has
 * moved on) and optionally new metadata. Makes revision n+1 and re-anchors every annotation;
 * answers with the summary and each annotation's outcome. An identical body makes no revision
 * (`created: false`).
 */
export const PUT = apiRoute<{ id: string }>({ action: "article.revise" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, reviseArticleSchema, MAX_BODY_CHARS * 4);
  if (!body.ok) return errorResponse(body.error, requestId);
  const { text, html, doc, revision, ...metadata } = body.data;
  const edited = expectedRevision(request.headers, revision);
  if (edited === undefined) return errorResponse(PRECONDITION, requestId);
  if (edited === null) return errorResponse(BAD_ETAG, requestId);
  const result = await saveRevision(actor, params.id, {
    body: doc !== undefined ? { doc } : html !== undefined ? { html } : { text: text ?? "" },
    source: doc !== undefined ? "editor" : html !== undefined ? "html" : "text",
    expectedRevision: edited,
    metadata,
  });
  return resultResponse(result, requestId, 200, result.ok ? { etag: revisionEtag(result.value.revision.number) } : {});
});
