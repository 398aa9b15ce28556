"use client";

import { useEffect, useRef } from "react";

/** The annotation id in a `#annotation-<id>` address fragment, or null. */
export function annotationIdFromHash(hash: string): string | null {
  const match = /^#annotation-([A-Za-z0-9_-]{1,64})$/.exec(hash);
  return match ? match[1] : null;
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
