"use client";

import { useCallback, useMemo, useState } from "react";
import type { LiveEvent } from "@/lib/live/live-event";
import { QUEUE_EVENT_TYPES } from "@/lib/live/live-summary";
import { useChangeSummary } from "./use-change-summary";
import { reviewersByAnnotation, type PresenceEntry } from "@/lib/live/presence";
import { useLiveStream, type LiveStream } from "./use-live-stream";

type QueuePage<Item> = { items: Item[]; total: number; nextCursor?: string | null };

type Options<Item> = {
  /** Stream position the page was rendered at. */
  after: string | null;
  selfUserId: string;
  /** Where to read the queue again (the page's filters, as many items as are loaded). */
  queueUrl(): string;
  /** The queue as the server now has it, for the filters in the page's address. */
  onQueue(page: QueuePage<Item>): void;
};

export type LiveQueue = LiveStream & {
  /** Who else is reviewing each annotation (soft locks: J/K skip these unless chosen). */
  reviewers: Map<string, string>;
  announcement: string;
};

/**
 * Keeps the review queue current: after any change that can add, remove or change an item, the
 * queue is read again (same filters) and handed to `onQueue`; presence says who is reviewing what.
 */
export function useLiveQueue<Item>({ after, selfUserId, queueUrl, onQueue }: Options<Item>): LiveQueue {
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const summariseChanges = useChangeSummary();

  const onChanges = useCallback(
    async (events: LiveEvent[]) => {
      if (!events.some((event) => QUEUE_EVENT_TYPES.has(event.type))) return;
      const response = await fetch(queueUrl(), { cache: "no-store" });
      if (!response.ok) return;
      onQueue((await response.json()) as QueuePage<Item>);
      const summary = summariseChanges(
        events.filter((event) => event.entityType === "annotation"),
        selfUserId,
      );
      if (summary) setAnnouncement(summary);
    },
    [onQueue, queueUrl, selfUserId, summariseChanges],
  );

  const stream = useLiveStream({ after, onChanges: (events) => void onChanges(events), onPresence: setPresence, onReset: () => void onChanges([{ type: "annotation.updated" } as LiveEvent]) });
  const reviewers = useMemo(() => reviewersByAnnotation(presence, selfUserId), [presence, selfUserId]);
  return { ...stream, reviewers, announcement };
}
