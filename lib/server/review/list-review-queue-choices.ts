import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { REVIEW_QUEUE_STATUSES } from "@/lib/validations/review";

export type ReviewQueueChoices = { articles: { id: string; title: string }[]; authors: { id: string; name: string }[] };

/** The articles and authors that have annotations waiting for review: the queue's filter choices. */
export async function listReviewQueueChoices(_actor: Actor): Promise<ReviewQueueChoices> {
  const waiting = { deletedAt: null, status: { in: [...REVIEW_QUEUE_STATUSES] }, article: { deletedAt: null } };
  const [articles, authors] = await Promise.all([
    db().article.findMany({ where: { deletedAt: null, annotations: { some: waiting } }, select: { id: true, title: true }, orderBy: { title: "asc" } }),
    db().user.findMany({ where: { annotations: { some: waiting } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { articles, authors };
}
