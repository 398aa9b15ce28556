"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { EventType } from "@/lib/events/event-types";
import { useChangeSummary } from "./use-change-summary";
import { LiveAnnouncer } from "./live-announcer";
import { useLiveStream } from "./use-live-stream";

type Props = {
  /** Stream position the page was rendered at. */
  after: string;
  selfUserId: string;
  /** Changes of these types re-render the page from the server (keeping scroll, focus and client state). */
  types: readonly EventType[];
};

/** Keeps a server-rendered list (articles) current: a change of interest refreshes it in place. */
export function LiveRefresh({ after, selfUserId, types }: Props) {
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const summariseChanges = useChangeSummary();
  useLiveStream({
    after,
    onChanges: (events) => {
      const relevant = events.filter((event) => types.includes(event.type));
      if (relevant.length === 0) return;
      router.refresh();
      const summary = summariseChanges(relevant, selfUserId);
      if (summary) setAnnouncement(summary);
    },
    onReset: () => router.refresh(),
  });
  return <LiveAnnouncer message={announcement} />;
}
