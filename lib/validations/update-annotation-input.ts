import { z } from "./zod";
import { ANNOTATION_KINDS } from "../domain/annotation-kinds";
import { annotationContentSchema, type AnnotationContent, type AnnotationContentInput } from "./annotation";
import { zodFieldErrors } from "./zod-errors";

/** PATCH body: any of kind, fields (merged into the current ones when the kind stays), note, evidence; plus the version edited. */
export const updateAnnotationSchema = z.strictObject({
  kind: z.enum(ANNOTATION_KINDS, { error: "kind must be one of: claim, quote, allegation" }).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
  note: z.unknown().optional(),
  evidence: z.unknown().optional(),
  version: z.number().int().positive().optional(),
  /** Required when a published (approved) claim's verdict or rationale changes: why, for the corrections log. */
  correctionNote: z.string().trim().max(4_000, "The correction note must be at most 4000 characters").optional(),
});
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>;

/** DELETE's optional body: the version deleted, when not sent as If-Match. */
export const deleteAnnotationBodySchema = z.strictObject({ version: z.number().int().positive().optional() });

/**
 * The annotation's content after applying a PATCH to the current content, validated as a whole.
 * Changing the kind replaces the fields (the new kind's fields must be sent).
 */
export function mergeAnnotationContent(current: AnnotationContent, patch: UpdateAnnotationInput): { ok: true; content: AnnotationContent } | { ok: false; fieldErrors: Record<string, string> } {
  const kind = patch.kind ?? current.kind;
  const fields = kind === current.kind ? { ...current.fields, ...(patch.fields ?? {}) } : (patch.fields ?? {});
  const candidate: AnnotationContentInput = {
    kind,
    fields,
    note: patch.note ?? current.note,
    evidence: patch.evidence ?? current.evidence,
  } as AnnotationContentInput;
  const parsed = annotationContentSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  return { ok: true, content: parsed.data };
}
