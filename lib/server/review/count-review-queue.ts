import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { REVIEW_QUEUE_STATUSES } from "@/lib/validations/review";

/** How many annotations wait for a reviewer (the unfiltered queue's `total`), for the nav badge. */
export async function countReviewQueue(_actor: Actor): Promise<number> {
  return db().annotation.count({ where: { deletedAt: null, article: { deletedAt: null }, status: { in: [...REVIEW_QUEUE_STATUSES] } } });
}
