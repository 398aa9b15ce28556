import { apiRoute, errorResponse, resultResponse } from "@/lib/server/http/api-route";
import { getRevision } from "@/lib/server/revisions/get-revision";

/** GET /api/articles/{id}/revisions/{n}[?diff=1] — one revision's text, document and summary; with diff=1 the word diff from revision n-1. */
export const GET = apiRoute<{ id: string; n: string }>({ action: "article.read" }, async ({ request, actor, params, requestId }) => {
  if (!/^[1-9]\d{0,8}$/.test(params.n)) return errorResponse({ code: "not_found", message: "Revision not found" }, requestId);
  const withDiff = ["1", "true"].includes(new URL(request.url).searchParams.get("diff") ?? "");
  return resultResponse(await getRevision(actor, params.id, Number(params.n), { withDiff }), requestId);
});
