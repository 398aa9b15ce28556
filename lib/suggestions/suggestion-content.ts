import { annotationContentSchema, type AnnotationContent } from "../validations/annotation";
import type { Suggestion } from "./suggest";

/** The form's field values a suggestion prefills (strings and the kind's defaults). */
export function suggestionFormFields(suggestion: Pick<Suggestion, "kind" | "fields">): Record<string, string | boolean> {
  switch (suggestion.kind) {
    case "quote":
      return { speaker: suggestion.fields.speaker ?? "" };
    case "claim":
      return { claimant: suggestion.fields.claimant ?? "", verdict: "unverified" };
    case "allegation":
      return { allegedBy: suggestion.fields.allegedBy ?? "", allegedAgainst: suggestion.fields.allegedAgainst ?? "", rightOfReplySought: false };
  }
}

/**
 * The annotation a suggestion becomes when saved directly (Shift+Enter), or null when a required
 * field could not be inferred (a quote without a speaker) and the form must be filled in.
 */
export function suggestionContent(suggestion: Pick<Suggestion, "kind" | "fields">): AnnotationContent | null {
  const parsed = annotationContentSchema.safeParse({ kind: suggestion.kind, fields: suggestionFormFields(suggestion), note: "", evidence: [] });
  return parsed.success ? parsed.data : null;
}

/** A suggestion's identity within one revision: kind and span. */
export function suggestionKey(suggestion: Pick<Suggestion, "kind" | "start" | "end">): string {
  return `${suggestion.kind}:${suggestion.start}:${suggestion.end}`;
}
