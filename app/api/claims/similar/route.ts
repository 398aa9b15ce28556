import { findSimilarClaims } from "@/lib/server/claims/find-similar-claims";
import { apiRoute, errorResponse, resultResponse } from "@/lib/server/http/api-route";
import { similarClaimsQuerySchema } from "@/lib/validations/claim-match";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";

/**
 * GET /api/claims/similar?q=TEXT&limit=5&excludeArticle=&article=&excludeAnnotation= — decided
 * claims resembling the text, best first: `{ matches: [{ annotationId, articleId, articleTitle,
 * exact, verdict, status, decidedAt, score, strength, sameArticle }], thresholds }`.
 */
export const GET = apiRoute({ action: "article.read" }, async ({ request, actor, requestId }) => {
  const search = new URL(request.url).searchParams;
  const parsed = similarClaimsQuerySchema.safeParse(Object.fromEntries([...search.entries()].filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    return errorResponse({ code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors }, requestId);
  }
  const { q, limit, excludeArticle, article, excludeAnnotation } = parsed.data;
  const result = await findSimilarClaims(actor, { text: q, limit, excludeArticleId: excludeArticle, articleId: article, excludeAnnotationId: excludeAnnotation });
  return resultResponse(result, requestId);
});
