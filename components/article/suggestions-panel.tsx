"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { KIND_LABELS } from "@/lib/domain/annotation-kinds";
import type { Suggestion } from "@/lib/suggestions/suggest";
import { suggestionKey } from "@/lib/suggestions/suggestion-content";
import type { SuggestionsState } from "./use-suggestions";

const FIELD_LABELS: Record<string, string> = { speaker: "Speaker", claimant: "Claimant", allegedBy: "Alleged by", allegedAgainst: "Against" };

function SuggestionFields({ suggestion }: { suggestion: Suggestion }) {
  const entries = Object.entries(suggestion.fields).filter(([, value]) => value);
  if (entries.length === 0) return null;
  return (
    <span className="mt-1 block text-xs">
      {entries.map(([name, value]) => (
        <span key={name} className="me-2">
          <span className="text-[var(--color-muted)]">{FIELD_LABELS[name] ?? name}:</span> <span data-testid={`suggestion-${name}`}>{value}</span>
        </span>
      ))}
    </span>
  );
}

/**
 * The sidebar's collapsible "Suggestions (N)" group: each proposed span with its kind, inferred
 * fields and reason, kept apart from the annotations (never counted in progress or exported).
 */
export function SuggestionsPanel({ state }: { state: SuggestionsState }) {
  const { suggestions, focusedKey } = state;
  const focusedRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    focusedRef.current?.scrollIntoView({ block: "nearest" });
  }, [focusedKey]);

  return (
    <details open className="mb-4 rounded-lg border border-dashed border-slate-400 bg-slate-50/60 p-3" data-testid="suggestions">
      <summary className="cursor-pointer text-sm font-semibold">
        Suggestions <span className="font-normal text-[var(--color-muted)]">({state.loading ? "…" : suggestions.length})</span>
      </summary>
      <p className="mt-1 text-xs text-[var(--color-muted)]">
        <kbd>]</kbd>/<kbd>[</kbd> move, <kbd>Enter</kbd> accept (<kbd>Shift</kbd>+<kbd>Enter</kbd> save directly), <kbd>Delete</kbd> dismiss.
      </p>
      {state.error && <p className="mt-2 text-xs text-rose-700">{state.error}</p>}
      <ul className="mt-2 space-y-2">
        {suggestions.map((suggestion) => {
          const key = suggestionKey(suggestion);
          const focused = key === focusedKey;
          return (
            <li
              key={key}
              ref={focused ? focusedRef : undefined}
              aria-current={focused ? "true" : undefined}
              aria-label={`Suggested ${KIND_LABELS[suggestion.kind].toLowerCase()}: ${suggestion.exact.slice(0, 80)}`}
              data-testid="suggestion"
              data-kind={suggestion.kind}
              className={`rounded-md border border-dashed bg-white p-2 text-sm ${focused ? "border-gray-900" : "border-slate-300"}`}
              onClick={() => state.focus(key)}
            >
              <span className="text-xs font-semibold uppercase tracking-wide text-slate-600">{KIND_LABELS[suggestion.kind]}</span>
              <span className="mt-0.5 block line-clamp-3">“{suggestion.exact}”</span>
              <SuggestionFields suggestion={suggestion} />
              <span className="mt-1 block text-xs text-[var(--color-muted)]">{suggestion.reason}</span>
              {focused && (
                <span className="mt-2 flex gap-2">
                  <Button size="sm" onClick={() => state.accept(suggestion, false)}>
                    Accept
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => void state.dismiss(suggestion)}>
                    Dismiss
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
