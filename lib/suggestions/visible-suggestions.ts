import type { Suggestion } from "./suggest";

/** A span already settled: tagged as an annotation, or dismissed. */
export type SettledSpan = { kind: string; start: number; end: number };

/**
 * The suggestions still worth showing: not dismissed (same kind and span) and not already tagged
 * (an annotation of the same kind overlapping it). Pure.
 */
export function visibleSuggestions(suggestions: readonly Suggestion[], annotations: readonly SettledSpan[], dismissed: readonly SettledSpan[]): Suggestion[] {
  const dismissedKeys = new Set(dismissed.map((d) => `${d.kind}:${d.start}:${d.end}`));
  return suggestions.filter((s) => !dismissedKeys.has(`${s.kind}:${s.start}:${s.end}`) && !annotations.some((a) => a.kind === s.kind && a.start < s.end && s.start < a.end));
}
