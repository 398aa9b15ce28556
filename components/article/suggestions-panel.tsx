"use client";

import { useEffect, useRef } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Suggestion } from "@/lib/suggestions/suggest";
import { suggestionKey } from "@/lib/suggestions/suggestion-content";
import type { SuggestionsState } from "./use-suggestions";

/** Why the rules suggested it, in the reader's language ("Has a figure and a comparison"). */
function SuggestionReason({ suggestion }: { suggestion: Suggestion }) {
  const t = useTranslations("annotation.suggestions");
  const format = useFormatter();
  // A suggestion from before reasons had codes carries only the English wording.
  if (!suggestion.reasonCode) return <span lang="en">{suggestion.reason}</span>;
  if (suggestion.reasonCode !== "signals") return t(`reason.${suggestion.reasonCode}`);
  return t("reason.signals", {
    signals: format.list(
      suggestion.signals.map((signal) => t(`signal.${signal}`)),
      { type: "conjunction" },
    ),
  });
}

function SuggestionFields({ suggestion }: { suggestion: Suggestion }) {
  const entries = Object.entries(suggestion.fields).filter(([, value]) => value);
  const t = useTranslations("annotation.details");
  const label = (name: string) => (["speaker", "claimant", "allegedBy"].includes(name) ? t(name as "speaker") : name === "allegedAgainst" ? t("against") : name);
  if (entries.length === 0) return null;
  return (
    <span className="mt-1 block text-xs">
      {entries.map(([name, value]) => (
        <span key={name} className="me-2">
          <span className="text-[var(--color-muted)]">{label(name)}:</span>{" "}
          <span data-testid={`suggestion-${name}`} dir="auto">
            {value}
          </span>
        </span>
      ))}
    </span>
  );
}

/**
 * The sidebar's collapsible "Suggestions (N)" group: each proposed span with its kind, inferred
 * fields and reason, kept apart from the annotations (never counted in progress or exported).
 */
export function SuggestionsPanel({ state, collapsed = false }: { state: SuggestionsState; /** Start closed (cards beside the text need the room). */ collapsed?: boolean }) {
  const { suggestions, focusedKey } = state;
  const focusedRef = useRef<HTMLLIElement>(null);
  const t = useTranslations("annotation.suggestions");
  const kinds = useTranslations("kinds");
  useEffect(() => {
    focusedRef.current?.scrollIntoView({ block: "nearest" });
  }, [focusedKey]);

  return (
    <details open={!collapsed} className="mb-4 rounded-lg border border-dashed border-slate-400 bg-slate-50/60 p-3" data-testid="suggestions">
      <summary className="cursor-pointer text-sm font-semibold">
        {t("title")} <span className="font-normal text-[var(--color-muted)]">({state.loading ? "…" : suggestions.length})</span>
      </summary>
      <p className="mt-1 text-xs text-[var(--color-muted)]">{t.rich("keys", { kbd: (chunks) => <kbd>{chunks}</kbd> })}</p>
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
              aria-label={`${t("suggested", { kind: kinds(suggestion.kind) })}: ${suggestion.exact.slice(0, 80)}`}
              data-testid="suggestion"
              data-kind={suggestion.kind}
              className={`rounded-md border border-dashed bg-white p-2 text-sm ${focused ? "border-gray-900" : "border-slate-300"}`}
              onClick={() => state.focus(key)}
            >
              <span className="text-xs font-semibold uppercase tracking-wide text-slate-600">{kinds(suggestion.kind)}</span>
              <span className="mt-0.5 block line-clamp-3" dir="auto">
                “{suggestion.exact}”
              </span>
              <SuggestionFields suggestion={suggestion} />
              <span className="mt-1 block text-xs text-[var(--color-muted)]">
                <SuggestionReason suggestion={suggestion} />
              </span>
              {focused && (
                <span className="mt-2 flex gap-2">
                  <Button size="sm" onClick={() => state.accept(suggestion, false)}>
                    {t("accept")}
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => void state.dismiss(suggestion)}>
                    {t("dismiss")}
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
