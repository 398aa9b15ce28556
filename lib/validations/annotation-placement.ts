import { z } from "./zod";
import { LIMITS } from "./annotation";

const offset = (name: string) => z.number({ error: `${name} must be a whole number of code points` }).int(`${name} must be a whole number`);

export const quoteSelectorSchema = z.strictObject({
  type: z.literal("TextQuoteSelector").optional(),
  exact: z
    .string({ error: "selector.exact is required" })
    .min(1, "selector.exact must not be empty")
    .max(LIMITS.longText * 4, "selector.exact is too long"),
  prefix: z.string().max(1000).optional(),
  suffix: z.string().max(1000).optional(),
});

/**
 * Where a new annotation goes: `start`/`end` code-point offsets into the article's plain text,
 * or a TextQuoteSelector in `selector`. `revision` (optional) is the revision number the client
 * saw; a newer one on the server refuses the request so nothing lands on the wrong words.
 */
export const placementSchema = z
  .strictObject({
    start: offset("start").optional(),
    end: offset("end").optional(),
    selector: quoteSelectorSchema.optional(),
    revision: z.number().int().positive().optional(),
  })
  .superRefine((value, context) => {
    const hasOffsets = value.start !== undefined || value.end !== undefined;
    if (hasOffsets && value.selector) context.addIssue({ code: "custom", path: ["selector"], message: "Send either start/end or selector, not both" });
    if (!hasOffsets && !value.selector) context.addIssue({ code: "custom", path: ["start"], message: "Place the annotation with start/end offsets or a TextQuoteSelector in selector" });
    if (hasOffsets && value.start === undefined) context.addIssue({ code: "custom", path: ["start"], message: "start is required with end" });
    if (hasOffsets && value.end === undefined) context.addIssue({ code: "custom", path: ["end"], message: "end is required with start" });
  });
export type PlacementInput = z.infer<typeof placementSchema>;

export const PLACEMENT_KEYS = ["start", "end", "selector", "revision"] as const;
