import { z } from "./zod";
import { ANNOTATION_KINDS } from "../domain/annotation-kinds";

/** A suggested span to dismiss: its kind and code-point offsets in the given revision of the article. */
export const dismissSuggestionSchema = z
  .strictObject({
    kind: z.enum(ANNOTATION_KINDS, { error: `kind must be one of: ${ANNOTATION_KINDS.join(", ")}` }),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** The revision the offsets count in; a stale one is refused. */
    revision: z.number().int().min(1).optional(),
  })
  .refine((v) => v.end > v.start, { path: ["end"], message: "end must be after start" });
export type DismissSuggestionInput = z.infer<typeof dismissSuggestionSchema>;
