import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { REVIEW_QUEUE_STATUSES } from "@/lib/validations/review";

export type ReviewQueueChoices = { articles: { id: string; title: string }[]; authors: { id: string; name: string }[] };

/**
 * The queue's filter choices: the articles and authors that have annotations waiting for review,
 * plus the ones the current filter names (so an active filter stays shown once its queue empties).
 */
export async function listReviewQueueChoices(_actor: Actor, current: { article?: string; author?: string } = {}): Promise<ReviewQueueChoices> {
  const waiting = { deletedAt: null, status: { in: [...REVIEW_QUEUE_STATUSES] }, article: { deletedAt: null } };
  const [articles, authors] = await Promise.all([
    db().article.findMany({
      where: { deletedAt: null, OR: [{ annotations: { some: waiting } }, ...(current.article ? [{ id: current.article }] : [])] },
      select: { id: true, title: true },
      orderBy: { title: "asc" },
    }),
    db().user.findMany({
      where: { OR: [{ annotations: { some: waiting } }, ...(current.author ? [{ id: current.author }] : [])] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { articles, authors };
}
