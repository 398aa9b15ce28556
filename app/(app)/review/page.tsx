import type { Metadata } from "next";
import { getAppConfig } from "@/lib/config/app-config";
import { ReviewQueue } from "@/components/review/review-queue";
import { ReviewQueueFilters } from "@/components/review/review-queue-filters";
import { PageHeader } from "@/components/ui/page-header";
import { DEFAULT_PAGE_LIMIT } from "@/lib/paging/page-cursor";
import { canAttempt, policyActorOf } from "@/lib/policy/policy";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { readStreamPosition } from "@/lib/server/live/read-stream-position";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { listReviewQueueChoices } from "@/lib/server/review/list-review-queue-choices";
import { reviewQueueFilterFromSearchParams, reviewQueueFilterSchema } from "@/lib/validations/review";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("review.queue");
  const raw = await searchParams;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const item of [value ?? []].flat()) search.append(key, item);
  const parsed = reviewQueueFilterSchema.safeParse(reviewQueueFilterFromSearchParams(search));
  const filter = parsed.success ? parsed.data : {};
  // Read before the queue: live updates start after it, so nothing committed meanwhile is lost.
  const livePosition = await readStreamPosition();
  const [result, { articles, authors }] = await Promise.all([
    listReviewQueue(user, filter, { limit: DEFAULT_PAGE_LIMIT, cursor: null }),
    listReviewQueueChoices(user, { article: filter.article, author: filter.author }),
  ]);
  const queue = result.ok ? result.value : { items: [], total: 0, nextCursor: null };
  return (
    <div>
      <PageHeader
        title="Review queue"
        description={
          !canAttempt(user, "annotation.decide").ok
            ? "Annotations waiting for a reviewer. Editors can follow them here; reviewers and admins decide."
            : "Annotations waiting for you, re-reviews first, then the oldest. J / K move, A approves, R rejects, S sends back."
        }
      />
      <ReviewQueueFilters articles={articles} authors={authors} filter={{ article: filter.article, author: filter.author, kind: filter.kind?.[0], status: filter.status?.[0] }} />
      {!parsed.success && <p className="mb-3 text-sm text-rose-700">Some filters were not understood and were ignored.</p>}
      <ReviewQueue
        // A fresh render from the server (Apply, Reload) starts the list over; the client's own
        // decisions update it in place meanwhile.
        key={`${JSON.stringify(filter)}:${queue.items.map((item) => `${item.annotation.id}.${item.annotation.version}`).join(",")}`}
        items={queue.items}
        total={queue.total}
        nextCursor={queue.nextCursor}
        filter={filter}
        currentUser={policyActorOf(user)}
        livePosition={livePosition}
        undoSeconds={getAppConfig().FACTDESK_UNDO_SECONDS}
      />
    </div>
  );
}
