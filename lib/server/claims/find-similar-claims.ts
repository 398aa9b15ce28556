import "server-only";
import { candidateTerms, orQuery } from "@/lib/claims/candidate-terms";
import { claimSimilarity, matchStrength, POSSIBLE_MATCH, STRONG_MATCH } from "@/lib/claims/claim-similarity";
import { normaliseClaim } from "@/lib/claims/normalise-claim";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { Verdict } from "@/lib/domain/verdicts";
import type { ClaimMatchDto, ClaimMatchesDto } from "@/lib/dto/claim-match-dto";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";
import { evidenceFromRows, evidenceSelect } from "@/lib/server/annotations/annotation-columns";
import { ok, type Result } from "@/lib/server/errors";

/** How many candidates the database hands the scorer. */
const CANDIDATES = 200;

/** What to match and where the asker stands. */
export type SimilarClaimsRequest = {
  text: string;
  limit: number;
  /** Leave this article's claims out altogether. */
  excludeArticleId?: string;
  /** The article being worked on: its own claims come after other articles' at the same strength. */
  articleId?: string;
  /** The claim being edited (never its own match). */
  excludeAnnotationId?: string;
};

type Candidate = {
  id: string;
  articleId: string;
  title: string;
  exact: string;
  verdict: Verdict | null;
  rationale: string | null;
  status: ReviewStatus;
  decidedAt: Date | null;
};

/**
 * The claims already decided (approved) on the desk that most resemble `text`, best first:
 * candidates come from full-text search (any of the text's words, normalised words and figures,
 * ranked) and trigram similarity of the quoted text, then lib/claims scores each on normalised
 * wording and figures. Only strong and possible matches are returned; other articles' claims
 * come first within a strength. Deleted claims and articles never match.
 */
export async function findSimilarClaims(actor: Actor, request: SimilarClaimsRequest): Promise<Result<ClaimMatchesDto>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const terms = candidateTerms(request.text);
  const thresholds = { strong: STRONG_MATCH, possible: POSSIBLE_MATCH };
  if (terms.length === 0) return ok({ matches: [], thresholds });
  const query = orQuery(terms);
  const candidates = await db().$queryRaw<Candidate[]>`
    WITH q AS (SELECT to_tsquery('english', ${query}) || to_tsquery('simple', ${query}) AS query)
    SELECT n."id", n."articleId", a."title", n."exact", n."verdict", n."rationale", n."status", d."createdAt" AS "decidedAt"
    FROM "Annotation" n
    JOIN "Article" a ON a."id" = n."articleId" AND a."deletedAt" IS NULL
    LEFT JOIN "ReviewDecision" d ON d."id" = n."lastDecisionId"
    CROSS JOIN q
    WHERE n."kind" = 'claim' AND n."status" = 'approved' AND n."deletedAt" IS NULL
      AND (n."searchVector" @@ q.query OR n."exact" % ${request.text})
      ${request.excludeArticleId ? Prisma.sql`AND n."articleId" <> ${request.excludeArticleId}` : Prisma.empty}
      ${request.excludeAnnotationId ? Prisma.sql`AND n."id" <> ${request.excludeAnnotationId}` : Prisma.empty}
    ORDER BY ts_rank(n."searchVector", q.query) + similarity(n."exact", ${request.text}) DESC, n."id"
    LIMIT ${CANDIDATES}`;
  const asked = normaliseClaim(request.text);
  const matches: ClaimMatchDto[] = [];
  for (const candidate of candidates) {
    const score = claimSimilarity(asked, candidate.exact);
    const strength = matchStrength(score);
    if (!strength) continue;
    matches.push({
      annotationId: candidate.id,
      articleId: candidate.articleId,
      articleTitle: candidate.title,
      exact: candidate.exact,
      verdict: candidate.verdict,
      rationale: candidate.rationale ?? "",
      evidence: [],
      status: candidate.status,
      decidedAt: candidate.decidedAt?.toISOString() ?? null,
      score: Math.round(score * 1000) / 1000,
      strength,
      sameArticle: candidate.articleId === request.articleId,
    });
  }
  const tier = (match: ClaimMatchDto) => (match.strength === "strong" ? 0 : 2) + (match.sameArticle ? 1 : 0);
  matches.sort((x, y) => tier(x) - tier(y) || y.score - x.score || x.annotationId.localeCompare(y.annotationId));
  const shown = matches.slice(0, request.limit);
  const evidence = await db().evidence.findMany({
    where: { annotationId: { in: shown.map((match) => match.annotationId) } },
    select: { annotationId: true, ...evidenceSelect },
    orderBy: [{ annotationId: "asc" }, { position: "asc" }],
  });
  for (const match of shown) match.evidence = evidenceFromRows(evidence.filter((item) => item.annotationId === match.annotationId));
  return ok({ matches: shown, thresholds });
}
