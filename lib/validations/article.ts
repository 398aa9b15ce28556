import { z } from "./zod";
import { httpUrlSchema, isoDateSchema } from "./annotation";

/** Largest article body accepted, in characters of text or HTML. */
export const MAX_BODY_CHARS = 2_000_000;

const optionalText = (max: number) => z.string().trim().max(max, `Must be at most ${max} characters`).default("");

export const articleMetadataSchema = z.strictObject({
  title: z.string({ error: "Title is required" }).trim().min(1, "Title is required").max(300, "Must be at most 300 characters"),
  outlet: optionalText(200),
  byline: optionalText(300),
  url: z.union([z.literal(""), httpUrlSchema]).default(""),
  publishedOn: z
    .union([isoDateSchema, z.literal("").transform(() => null), z.null()])
    .optional()
    .transform((v) => v ?? null),
});
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

const body = z.string().max(MAX_BODY_CHARS, `The article body is larger than ${MAX_BODY_CHARS} characters`);

/** A new article: metadata plus the body as plain `text` or as `html` (sanitised on the server). */
export const createArticleSchema = articleMetadataSchema.extend({ text: body.optional(), html: body.optional() }).refine((value) => (value.text === undefined) !== (value.html === undefined), {
  path: ["text"],
  message: "Send the body as either text or html (exactly one)",
});
export type CreateArticleInput = z.infer<typeof createArticleSchema>;
