"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { ReviewQueueCount } from "@/lib/dto/review-dto";
import type { LiveEvent } from "@/lib/live/live-event";
import { QUEUE_EVENT_TYPES } from "@/lib/live/live-summary";
import { LIVE_CHANGES_EVENT } from "./use-live-stream";

/**
 * The number of annotations waiting, beside the queue's link: for a reviewer those waiting for
 * them (never their own work), for others all that wait. Read again on every navigation and
 * whenever the page's live stream reports a change that can move the queue.
 */
export function WaitingBadge({ initial, reviews }: { initial: ReviewQueueCount; reviews: boolean }) {
  const [counts, setCounts] = useState(initial);
  const pathname = usePathname();
  const t = useTranslations("nav");
  useEffect(() => {
    let stale = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer = null;
      void fetch("/api/review-queue/count", { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<ReviewQueueCount>) : null))
        .then((body) => {
          if (body && !stale) setCounts(body);
        })
        .catch(() => undefined);
    };
    const onChanges = (event: Event) => {
      if (!(event as CustomEvent<LiveEvent[]>).detail.some((change) => QUEUE_EVENT_TYPES.has(change.type))) return;
      timer ??= setTimeout(refresh, 200);
    };
    refresh();
    window.addEventListener(LIVE_CHANGES_EVENT, onChanges);
    return () => {
      stale = true;
      if (timer) clearTimeout(timer);
      window.removeEventListener(LIVE_CHANGES_EVENT, onChanges);
    };
  }, [pathname]);
  const count = reviews ? counts.forYou : counts.total;
  if (count === 0) return null;
  return (
    <span className="ms-1.5 rounded-full bg-amber-700 px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="waiting-badge">
      {count}
      <span className="sr-only"> {reviews ? t("waitingForYou") : t("waiting")}</span>
    </span>
  );
}
