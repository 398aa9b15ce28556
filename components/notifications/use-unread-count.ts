"use client";

import { useCallback, useEffect, useState } from "react";
import { NEW_NOTIFICATIONS_EVENT } from "@/components/live/open-live-streams";

/** A safety net behind the live stream (a proxy that buffers it, a stream that is reconnecting). */
const POLL_MS = 60_000;

/** The event the inbox page fires after marking notifications read, so the bell updates at once. */
export const INBOX_CHANGED_EVENT = "factdesk:inbox-changed";

/**
 * The signed-in person's unread notification count from `GET /api/notifications?limit=1`: fetched
 * when the live stream says new notifications arrived, when the inbox page marks some read, when
 * the window regains focus, and every minute as a safety net.
 */
export function useUnreadCount(initial: number | null = null): { unread: number | null; refresh: () => void } {
  const [unread, setUnread] = useState<number | null>(initial);
  const refresh = useCallback(() => {
    fetch("/api/notifications?limit=1", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ unread: number }>) : null))
      .then((body) => {
        if (body) setUnread(body.unread);
      })
      .catch(() => {});
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener("focus", refresh);
    window.addEventListener(INBOX_CHANGED_EVENT, refresh);
    window.addEventListener(NEW_NOTIFICATIONS_EVENT, refresh);
    return () => {
      window.removeEventListener(NEW_NOTIFICATIONS_EVENT, refresh);
      window.clearInterval(timer);
      window.removeEventListener("focus", refresh);
      window.removeEventListener(INBOX_CHANGED_EVENT, refresh);
    };
  }, [refresh]);
  return { unread, refresh };
}
