import { z } from "./zod";
import { VERDICTS } from "../domain/verdicts";
import { LIMITS } from "./annotation";

/** The public note a correction must carry (why the published verdict changed). */
export const correctionNoteSchema = z
  .string({ error: "Write a correction note: readers will see why the verdict changed" })
  .trim()
  .min(1, "Write a correction note: readers will see why the verdict changed")
  .max(LIMITS.longText, `The correction note must be at most ${LIMITS.longText} characters`);

/** Body of `POST /api/annotations/{id}/corrections`: the new verdict and/or rationale, the note, the version seen. */
export const correctClaimSchema = z.strictObject({
  verdict: z.enum(VERDICTS, { error: `verdict must be one of: ${VERDICTS.join(", ")}` }).optional(),
  rationale: z.string().trim().max(LIMITS.longText, `rationale must be at most ${LIMITS.longText} characters`).optional(),
  note: correctionNoteSchema,
  version: z.number().int().positive().optional(),
});
export type CorrectClaimInput = z.infer<typeof correctClaimSchema>;
