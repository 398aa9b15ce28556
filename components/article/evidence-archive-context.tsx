"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { checkArticleLinksAction, listEvidenceArchiveAction, retryEvidenceArchiveAction } from "@/app/(app)/articles/[id]/evidence-actions";
import type { EvidenceArchiveDto } from "@/lib/dto/evidence-archive-dto";

/** How often the cards look again while something is being archived or checked. */
const POLL_MS = 2_000;
const MAX_POLL_MS = 30_000;

type EvidenceArchive = {
  articleId: string;
  /** The archive of an annotation's evidence item at `position`, once loaded. */
  itemAt(annotationId: string, position: number): EvidenceArchiveDto | undefined;
  canArchive: boolean;
  error: string | null;
  retry(evidenceId: string): Promise<string | null>;
  checkLinks(): Promise<{ ok: true; checking: number } | { ok: false; message: string }>;
  refresh(): void;
  checking: boolean;
};

const Context = createContext<EvidenceArchive | null>(null);

/**
 * Loads the archive state of the article's evidence for its cards, again when `refreshKey` changes
 * (`refreshKey`: annotations saved, live evidence events) and, while something is pending, every
 * two seconds at first, then less and less often.
 */
export function EvidenceArchiveProvider({ articleId, refreshKey, canArchive, children }: { articleId: string; refreshKey: string; canArchive: boolean; children: ReactNode }) {
  const [items, setItems] = useState<EvidenceArchiveDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((value) => value + 1), []);

  useEffect(() => {
    let cancelled = false;
    void listEvidenceArchiveAction({ articleId }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setItems(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [articleId, refreshKey, tick]);

  const busy = items.some((item) => item.archiveState === "pending" || item.checkPending);
  // Polls while something is pending, slower and slower (a fetch being retried can take minutes).
  const [pollState, setPollState] = useState({ key: refreshKey, count: 0 });
  const polls = pollState.key === refreshKey ? pollState.count : 0; // a new refresh key starts fast again
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(
      () => {
        setPollState({ key: refreshKey, count: polls + 1 });
        refresh();
      },
      Math.min(POLL_MS * 1.5 ** polls, MAX_POLL_MS),
    );
    return () => clearTimeout(timer);
  }, [busy, items, polls, refresh, refreshKey]);

  const value = useMemo<EvidenceArchive>(() => {
    const byPlace = new Map(items.map((item) => [`${item.annotationId}:${item.position}`, item]));
    return {
      articleId,
      canArchive,
      error,
      checking: items.some((item) => item.checkPending),
      itemAt: (annotationId, position) => byPlace.get(`${annotationId}:${position}`),
      refresh,
      retry: async (evidenceId) => {
        const result = await retryEvidenceArchiveAction({ evidenceId });
        refresh();
        return result.ok ? null : result.error.message;
      },
      checkLinks: async () => {
        const result = await checkArticleLinksAction({ articleId });
        refresh();
        return result.ok ? { ok: true, checking: result.value.checking } : { ok: false, message: result.error.message };
      },
    };
  }, [items, articleId, canArchive, error, refresh]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The article's evidence archive, or null outside an article page. */
export function useEvidenceArchive(): EvidenceArchive | null {
  return useContext(Context);
}
