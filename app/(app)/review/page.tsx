import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.page"))("title") };
}

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
  const t = await getTranslations("review.page");
  const queue = result.ok ? result.value : { items: [], total: 0, forYou: null, nextCursor: null };
  return (
    <div>
      <PageHeader title={t("title")} description={!canAttempt(user, "annotation.decide").ok ? t("descriptionEditor") : t("descriptionReviewer")} />
      <ReviewQueueFilters articles={articles} authors={authors} filter={{ article: filter.article, author: filter.author, kind: filter.kind?.[0], status: filter.status?.[0] }} />
      {!parsed.success && <p className="mb-3 text-sm text-rose-700">{t("badFilters")}</p>}
      <ReviewQueue
        // A fresh render from the server (Apply, Reload) starts the list over; the client's own
        // decisions update it in place meanwhile.
        key={`${JSON.stringify(filter)}:${queue.items.map((item) => `${item.annotation.id}.${item.annotation.version}`).join(",")}`}
        items={queue.items}
        total={queue.total}
        forYou={queue.forYou}
        nextCursor={queue.nextCursor}
        filter={filter}
        currentUser={policyActorOf(user)}
        livePosition={livePosition}
        undoSeconds={getAppConfig().FACTDESK_UNDO_SECONDS}
      />
    </div>
  );
}
