"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { dismissSuggestionAction, listSuggestionsAction } from "@/app/(app)/articles/[id]/suggestion-actions";
import type { Suggestion } from "@/lib/suggestions/suggest";
import { suggestionKey } from "@/lib/suggestions/suggestion-content";
import { visibleSuggestions, type SettledSpan } from "@/lib/suggestions/visible-suggestions";
import { useErrorText } from "@/components/ui/use-error-text";

/** What the workspace does with a suggestion the editor accepts: open the form, or save it (`direct`). */
export type AcceptSuggestion = (suggestion: Suggestion, direct: boolean) => void;

export type SuggestionsState = {
  /** False for roles that may not annotate: nothing is loaded or shown. */
  enabled: boolean;
  suggestions: Suggestion[];
  focusedKey: string | null;
  loading: boolean;
  error: string | null;
  focus(key: string | null): void;
  accept(suggestion: Suggestion, direct: boolean): void;
  dismiss(suggestion: Suggestion): Promise<void>;
  /** The suggestion keys (] [ Enter Shift+Enter Delete); true when the key was one of them. */
  handleKey(event: KeyboardEvent): boolean;
};

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest("input, textarea, select, button, a, summary, [role='dialog']")) return true;
  return target.isContentEditable && !target.closest('[data-testid="article-text"]');
}

/**
 * The article's suggestions for its current revision: loaded on opening and after each revision,
 * minus the spans already tagged (`annotations`) and those dismissed; ] / [ move between them,
 * Enter accepts (Shift+Enter saves directly), Delete dismisses.
 */
export function useSuggestions(options: { articleId: string; revision: number; enabled: boolean; annotations: readonly SettledSpan[]; onAccept: AcceptSuggestion }): SuggestionsState {
  const { articleId, revision, enabled, annotations } = options;
  const [loaded, setLoaded] = useState<{ revision: number; suggestions: Suggestion[] } | null>(null);
  const [dismissed, setDismissed] = useState<SettledSpan[]>([]);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorText();

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    void listSuggestionsAction({ articleId }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setError(errorText(result.error));
      setLoaded({ revision: result.value.revision, suggestions: result.value.suggestions });
      setDismissed([]);
    });
    return () => {
      cancelled = true;
    };
  }, [articleId, revision, enabled, errorText]);

  const suggestions = useMemo(() => (loaded && loaded.revision === revision ? visibleSuggestions(loaded.suggestions, annotations, dismissed) : []), [loaded, revision, annotations, dismissed]);

  const dismiss = useCallback(
    async (suggestion: Suggestion) => {
      setDismissed((current) => [...current, suggestion]);
      const result = await dismissSuggestionAction({ articleId, span: { kind: suggestion.kind, start: suggestion.start, end: suggestion.end, revision } });
      if (!result.ok) {
        setDismissed((current) => current.filter((d) => d !== suggestion));
        setError(errorText(result.error));
      } else setError(null);
    },
    [articleId, revision, errorText],
  );

  const state = useRef({ suggestions, focusedKey, onAccept: options.onAccept, dismiss });
  // The key handler reads the latest values without being re-created on every render.
  useLayoutEffect(() => {
    state.current = { suggestions, focusedKey, onAccept: options.onAccept, dismiss };
  });

  const handleKey = useCallback((event: KeyboardEvent): boolean => {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    const { suggestions: list, focusedKey: key, onAccept, dismiss: drop } = state.current;
    if (list.length === 0) return false;
    const index = list.findIndex((s) => suggestionKey(s) === key);
    if (event.key === "]" || event.key === "[") {
      const step = event.key === "]" ? 1 : -1;
      const next = index < 0 ? (step === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, index + step));
      setFocusedKey(suggestionKey(list[next]));
      return true;
    }
    if (index < 0) return false;
    if (event.key === "Enter") {
      onAccept(list[index], event.shiftKey);
      return true;
    }
    if (event.key === "Delete") {
      const neighbour = list[index + 1] ?? list[index - 1];
      setFocusedKey(neighbour ? suggestionKey(neighbour) : null);
      void drop(list[index]);
      return true;
    }
    return false;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || typingIn(event.target)) return;
      if (handleKey(event)) event.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    document.documentElement.dataset.suggestionKeys = "on";
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      delete document.documentElement.dataset.suggestionKeys;
    };
  }, [enabled, handleKey]);

  const accept = useCallback((suggestion: Suggestion, direct: boolean) => state.current.onAccept(suggestion, direct), []);
  return { enabled, suggestions, focusedKey, loading: enabled && loaded === null && error === null, error, focus: setFocusedKey, accept, dismiss, handleKey };
}
