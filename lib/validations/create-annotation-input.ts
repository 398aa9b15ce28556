import { annotationContentSchema, type AnnotationContent } from "./annotation";
import { placementSchema, PLACEMENT_KEYS, type PlacementInput } from "./annotation-placement";
import { zodFieldErrors } from "./zod-errors";

export type CreateAnnotationInput = {
  content: AnnotationContent;
  placement: PlacementInput;
  /** The decided claim whose verdict, rationale and evidence the content copies (recorded as "reused from …"). */
  reusedFromId?: string;
};

/**
 * Validates a new annotation's body: its content (kind, the kind's fields, note, evidence) and
 * its placement, reporting every problem by field name. Unknown keys are refused.
 */
export function parseCreateAnnotationInput(body: unknown): { ok: true; data: CreateAnnotationInput } | { ok: false; fieldErrors: Record<string, string> } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, fieldErrors: { input: "Send a JSON object" } };
  const placementPart: Record<string, unknown> = {};
  const contentPart: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if ((PLACEMENT_KEYS as readonly string[]).includes(key)) placementPart[key] = value;
    else contentPart[key] = value;
  }
  const content = annotationContentSchema.safeParse(contentPart);
  const placement = placementSchema.safeParse(placementPart);
  if (content.success && placement.success) return { ok: true, data: { content: content.data, placement: placement.data } };
  return {
    ok: false,
    fieldErrors: { ...(placement.success ? {} : zodFieldErrors(placement.error)), ...(content.success ? {} : zodFieldErrors(content.error)) },
  };
}
