"use client";

import { useEffect, useRef } from "react";

/** The annotation id in a `#annotation-<id>` address fragment, or null. */
export function annotationIdFromHash(hash: string): string | null {
  const match = /^#annotation-([A-Za-z0-9_-]{1,64})$/.exec(hash);
  return match ? match[1] : null;
}

/** The passage in a `#passage-<start>-<end>` fragment (code points, end exclusive; how search links to text), or null. */
export function passageFromHash(hash: string): { start: number; end: number } | null {
  const match = /^#passage-(\d{1,9})-(\d{1,9})$/.exec(hash);
  if (!match) return null;
  const [start, end] = [Number(match[1]), Number(match[2])];
  return end > start ? { start, end } : null;
}

/**
 * Selects (and scrolls to) the annotation named by the page's `#annotation-<id>` fragment once,
 * when the page opens: how My work and other links point at one card.
 */
export function useAnnotationFromHash(ids: readonly string[], select: (id: string, options: { scroll?: boolean }) => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    const id = annotationIdFromHash(window.location.hash);
    if (id && ids.includes(id)) select(id, { scroll: true });
  }, [ids, select]);
}
