import "server-only";
import { reviewProgress } from "@/lib/review/review-progress";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import type { ReviewProgressDto } from "./review-dto";

/**
 * How far an article's review has come: its (non-deleted) annotations counted by status, and
 * whether the review is complete (at least one annotation, none draft, submitted, changes
 * requested or needing re-review; an approval whose text is orphaned or changed needs re-review). Every signed-in member of the desk may read it.
 */
export async function getReviewProgress(actor: Actor, articleId: string): Promise<Result<ReviewProgressDto>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) return notFound("Article");
  const groups = await db().annotation.groupBy({ by: ["status", "anchorState"], where: { articleId, deletedAt: null }, _count: { _all: true } });
  const annotations = groups.flatMap((group) => Array.from({ length: group._count._all }, () => ({ status: group.status, anchorState: group.anchorState })));
  return ok({ articleId, ...reviewProgress(annotations) });
}
