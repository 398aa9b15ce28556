"use client";

import { useTranslations } from "next-intl";
import { AppLink } from "@/components/ui/app-link";
import { useOpenLiveStreams } from "@/components/live/open-live-streams";
import { useInboxStream } from "./use-inbox-stream";
import { useUnreadCount } from "./use-unread-count";

/** The header's bell: a link to the inbox with the unread count, kept current by the live stream. */
export function NotificationBell() {
  const { unread } = useUnreadCount();
  useInboxStream(useOpenLiveStreams() === 0);
  const count = unread ?? 0;
  const t = useTranslations("notifications");
  return (
    <AppLink
      href="/notifications"
      aria-label={t("bell", { count })}
      data-testid="notification-bell"
      className="relative inline-flex items-center rounded-md px-2 py-1 text-[var(--color-ink)] no-underline hover:bg-gray-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" />
        <path d="M10.3 20a2 2 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span aria-hidden="true" className="absolute -end-1 -top-1 min-w-[1.25rem] rounded-full bg-rose-600 px-1 text-center text-xs font-semibold text-white">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </AppLink>
  );
}
