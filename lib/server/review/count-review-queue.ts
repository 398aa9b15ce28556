import "server-only";
import { canAttempt } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import type { ReviewQueueCount } from "@/lib/dto/review-dto";
import { REVIEW_QUEUE_STATUSES } from "@/lib/validations/review";

/** The counts of the nav badge and `GET /api/review-queue/count`. */
export async function countReviewQueue(actor: Actor): Promise<ReviewQueueCount> {
  const waiting = { deletedAt: null, article: { deletedAt: null }, status: { in: [...REVIEW_QUEUE_STATUSES] } };
  const reviews = canAttempt(actor, "annotation.decide").ok;
  const [total, forYou] = await Promise.all([
    db().annotation.count({ where: waiting }),
    reviews ? db().annotation.count({ where: { ...waiting, authorId: { not: actor.id }, lastEditedById: { not: actor.id } } }) : Promise.resolve(0),
  ]);
  return { total, forYou };
}
