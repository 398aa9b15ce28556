"use client";

import { useEffect, useEffectEvent } from "react";

export type ReviewKeyHandlers = {
  next(): void;
  previous(): void;
  approve?(): void;
  reject?(): void;
  sendBack?(): void;
};

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest("input, textarea, select, [role='dialog']")) return true;
  // The article text is contenteditable only to keep a caret; keys there are commands.
  return target.isContentEditable && !target.closest('[data-testid="article-text"]');
}

/** What A, R and S act on: the selected annotation's review controls (null when none are shown). */
export type ReviewDecisionKeys = { current: { approve(): void; ask(step: "reject" | "request_changes"): void } | null };

/**
 * Keyboard-first review: J / K move between annotations (through `move`), A approves, R rejects,
 * S sends back (through `controls`). Ignored while typing in a field, with modifier keys, or when
 * something else handled the key. The latest `move` and `controls` are used without re-subscribing.
 */
export function useReviewKeys(move: (step: 1 | -1) => void, controls: ReviewDecisionKeys): void {
  const handlerFor = useEffectEvent((key: string): (() => void) | undefined => {
    const handlers = reviewKeyHandlers(move, controls);
    const map: Record<string, (() => void) | undefined> = {
      j: handlers.next,
      k: handlers.previous,
      a: handlers.approve,
      r: handlers.reject,
      s: handlers.sendBack,
    };
    return map[key];
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      const handler = handlerFor(event.key.toLowerCase());
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    document.addEventListener("keydown", onKeyDown);
    // Says the shortcuts are live (keys pressed before the page has loaded its script do nothing).
    document.documentElement.dataset.reviewKeys = "on";
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      delete document.documentElement.dataset.reviewKeys;
    };
  }, []);
}

/**
 * The id J (step 1) or K (step -1) moves to from `current` in `ids`: the first or last when
 * nothing is selected, staying put at either end; null for an empty list.
 */
export function stepThrough(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index < 0) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))];
}

/** J/K through `move`, and A/R/S on the selected annotation's review controls. */
export function reviewKeyHandlers(move: (step: 1 | -1) => void, controls: ReviewDecisionKeys): ReviewKeyHandlers {
  return {
    next: () => move(1),
    previous: () => move(-1),
    approve: () => controls.current?.approve(),
    reject: () => controls.current?.ask("reject"),
    sendBack: () => controls.current?.ask("request_changes"),
  };
}
