"use client";

import { useEffect } from "react";
import { announceNewNotifications } from "@/components/live/open-live-streams";

/**
 * While `enabled`, follows `GET /api/events?scope=inbox` (no desk changes, only "you have new
 * notifications") and announces each signal. The bell enables it on screens that have no live
 * stream of their own; where a page stream is open, that stream carries the same signals.
 */
export function useInboxStream(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource("/api/events?scope=inbox");
    source.addEventListener("inbox", () => announceNewNotifications());
    // A (re)connection may have missed signals: look once.
    source.addEventListener("hello", () => announceNewNotifications());
    return () => source.close();
  }, [enabled]);
}
