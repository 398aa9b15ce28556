"use client";

import { useSyncExternalStore } from "react";

/** Window event fired when the live stream says the signed-in person has new notifications. */
export const NEW_NOTIFICATIONS_EVENT = "factdesk:new-notifications";

// How many page streams (useLiveStream) this tab has open; the header's bell opens its own
// inbox-only stream when there are none, so a tab never holds two streams.
let open = 0;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Counts a page stream while it is mounted; returns the function that uncounts it. */
export function countOpenLiveStream(): () => void {
  open++;
  notify();
  return () => {
    open--;
    notify();
  };
}

/** How many page streams this tab has open (re-renders when it changes). */
export function useOpenLiveStreams(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
    () => 0,
  );
}

/** Tells the bell and the inbox page that new notifications arrived. */
export function announceNewNotifications(): void {
  window.dispatchEvent(new Event(NEW_NOTIFICATIONS_EVENT));
}
