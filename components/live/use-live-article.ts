"use client";

import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { compareDocumentOrder, type AnnotationDto } from "@/lib/dto/annotation-dto";
import { fetchWholeList } from "@/lib/live/fetch-whole-list";
import type { LiveEvent } from "@/lib/live/live-event";
import { useChangeSummary } from "./use-change-summary";
import { mergeAnnotations, touchedAnnotations } from "@/lib/live/merge-annotations";
import type { PresenceEntry } from "@/lib/live/presence";
import { useLiveStream, type LiveStream } from "./use-live-stream";

/** How long a card changed by someone else stays marked. */
const MARK_MS = 4_000;
/** Past this many changed annotations in one batch, the whole list is refetched in one request. */
const REFETCH_ONE_BY_ONE = 20;

type Options = {
  articleId: string;
  /** Stream position the page was rendered at. */
  after: string | null;
  selfUserId: string;
  setAnnotations: Dispatch<SetStateAction<AnnotationDto[]>>;
  /** Comment threads and histories of these annotations changed. */
  onThreadsChanged(annotationIds: string[]): void;
  /** Evidence was archived or checked (the archive's own events). */
  onEvidenceChanged?(): void;
};

export type LiveArticle = LiveStream & {
  presence: PresenceEntry[];
  /** Annotations someone else just changed (briefly marked). */
  recentlyChanged: ReadonlySet<string>;
  /** A polite summary of the latest changes by others, for screen readers. */
  announcement: string;
  /** A newer revision of the text saved by someone else, offered instead of swapping the page. */
  newRevision: { revision: number | null; by: string | null } | null;
};

/** Pages of the whole list are this long (the API's largest). */
const ALL_PAGE_LIMIT = 500;

async function fetchAnnotations(articleId: string, ids: string[] | "all"): Promise<{ fetched: AnnotationDto[]; gone: string[]; all: boolean }> {
  if (ids === "all" || ids.length > REFETCH_ONE_BY_ONE) {
    // The whole list, not its first page: what is not in it is taken off the page as gone.
    const all = await fetchWholeList<AnnotationDto>(`/api/articles/${encodeURIComponent(articleId)}/annotations?limit=${ALL_PAGE_LIMIT}`, "annotations", (url) => fetch(url, { cache: "no-store" }));
    return all ? { fetched: all, gone: [], all: true } : { fetched: [], gone: [], all: false };
  }
  const fetched: AnnotationDto[] = [];
  const gone: string[] = [];
  await Promise.all(
    ids.map(async (id) => {
      const response = await fetch(`/api/annotations/${encodeURIComponent(id)}`, { cache: "no-store" });
      if (response.status === 404) gone.push(id);
      else if (response.ok) fetched.push((await response.json()) as AnnotationDto);
    }),
  );
  return { fetched, gone, all: false };
}

/**
 * Keeps an open article page current: refetches the annotations others changed and merges them
 * in place (no scroll jump, no focus change), marks them briefly, announces a summary politely,
 * follows presence, and offers a new revision of the text instead of swapping it under the reader.
 */
export function useLiveArticle({ articleId, after, selfUserId, setAnnotations, onThreadsChanged, onEvidenceChanged }: Options): LiveArticle {
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [recentlyChanged, setRecentlyChanged] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState("");
  const summariseChanges = useChangeSummary();
  const [newRevision, setNewRevision] = useState<LiveArticle["newRevision"]>(null);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  const refresh = useCallback(
    async (events: LiveEvent[], everything = false) => {
      const { annotationIds, threadIds } = touchedAnnotations(events);
      if (annotationIds.length > 0 || everything) {
        const { fetched, gone, all } = await fetchAnnotations(articleId, everything ? "all" : annotationIds);
        setAnnotations((current) => {
          const missing = all ? current.filter((annotation) => !fetched.some((found) => found.id === annotation.id)).map((annotation) => annotation.id) : gone;
          return mergeAnnotations(current, fetched, missing, compareDocumentOrder);
        });
      }
      if (threadIds.length > 0) onThreadsChanged(threadIds);
    },
    [articleId, setAnnotations, onThreadsChanged],
  );

  const onChanges = useCallback(
    (events: LiveEvent[]) => {
      void refresh(events);
      if (events.some((event) => event.entityType === "evidence" || event.type === "article.links_check_requested")) onEvidenceChanged?.();
      const byOthers = events.filter((event) => event.actorId !== selfUserId);
      const saved = byOthers.filter((event) => event.type === "revision.saved").at(-1);
      if (saved) setNewRevision({ revision: saved.revision, by: saved.actorName });
      const summary = summariseChanges(byOthers, selfUserId);
      if (summary) setAnnouncement(summary);
      const marked = byOthers.filter((event) => event.entityType === "annotation" && event.type !== "annotation.deleted").map((event) => event.entityId);
      if (marked.length > 0) {
        setRecentlyChanged((current) => new Set([...current, ...marked]));
        const timer = setTimeout(() => {
          timers.current.delete(timer);
          setRecentlyChanged((current) => new Set([...current].filter((id) => !marked.includes(id))));
        }, MARK_MS);
        timers.current.add(timer);
      }
    },
    [refresh, selfUserId, summariseChanges, onEvidenceChanged],
  );

  const stream = useLiveStream({
    articleId,
    after,
    onChanges,
    onPresence: setPresence,
    onReset: () => void refresh([], true),
  });
  return { ...stream, presence, recentlyChanged, announcement, newRevision };
}
