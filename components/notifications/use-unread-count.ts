"use client";

import { useCallback, useEffect, useState } from "react";

const POLL_MS = 15_000;

/** The event the inbox page fires after marking notifications read, so the bell updates at once. */
export const INBOX_CHANGED_EVENT = "factdesk:inbox-changed";

/**
 * The signed-in person's unread notification count, polled from `GET /api/notifications?limit=1`
 * every 15 s, when the window regains focus, and when the inbox page marks some read.
 * Seam for live updates: when the live stream (app/api/events) lands, call `refresh` on each
 * event instead of (or besides) the timer.
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
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", refresh);
      window.removeEventListener(INBOX_CHANGED_EVENT, refresh);
    };
  }, [refresh]);
  return { unread, refresh };
}
