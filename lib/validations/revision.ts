import { z } from "./zod";
import { REVISION_SOURCES } from "../revisions/revision-sources";
import { httpUrlSchema, isoDateSchema } from "./annotation";
import { MAX_BODY_CHARS } from "./article";

const body = z.string().max(MAX_BODY_CHARS, `The article body is larger than ${MAX_BODY_CHARS} characters`);
const revisionNumber = z.number({ error: "revision must be a revision number" }).int().positive();

/**
 * Metadata fields an edit may change; a field that is left out keeps its value (no defaults here,
 * unlike the create schema).
 */
export const articleMetadataPatchSchema = z.strictObject({
  title: z.string().trim().min(1, "Title is required").max(300, "Must be at most 300 characters").optional(),
  outlet: z.string().trim().max(200, "Must be at most 200 characters").optional(),
  byline: z.string().trim().max(300, "Must be at most 300 characters").optional(),
  url: z.union([z.literal(""), httpUrlSchema]).optional(),
  publishedOn: z.union([isoDateSchema, z.literal("").transform(() => null), z.null()]).optional(),
});
export type ArticleMetadataPatch = z.infer<typeof articleMetadataPatchSchema>;

/**
 * `PUT /api/articles/{id}`: the new body as plain `text`, `html` (sanitised on the server) or an
 * editor `doc` (checked against the article schema), exactly one; `revision` is the revision the
 * client edited (a newer one on the server refuses the save; the route requires it or If-Match);
 * metadata fields optional.
 */
export const reviseArticleSchema = articleMetadataPatchSchema
  .extend({ text: body.optional(), html: body.optional(), doc: z.unknown().optional(), revision: revisionNumber.optional() })
  .refine((value) => [value.text, value.html, value.doc].filter((part) => part !== undefined).length === 1, {
    path: ["text"],
    message: "Send the new body as exactly one of text, html or doc",
  });
export type ReviseArticleInput = z.infer<typeof reviseArticleSchema>;

/** The editor's save: the document edited, the revision it started from and where the body came from. */
export const saveEditedBodySchema = z.strictObject({
  articleId: z.string().min(1).max(64),
  revision: revisionNumber,
  doc: z.unknown().refine((value) => typeof value === "object" && value !== null, "The article document is missing"),
  source: z.enum(REVISION_SOURCES).default("editor"),
});

/** Re-attaching an annotation to a span of the current revision (code points). */
export const reattachAnnotationSchema = z.strictObject({
  start: z.number({ error: "start must be a whole number of code points" }).int(),
  end: z.number({ error: "end must be a whole number of code points" }).int(),
  version: z.number({ error: "version is required" }).int().positive(),
  revision: revisionNumber.optional(),
});
export type ReattachAnnotationInput = z.infer<typeof reattachAnnotationSchema>;

/** The API's reattach body: the version may come as If-Match instead (see annotationVersionPrecondition). */
export const reattachAnnotationBodySchema = reattachAnnotationSchema.extend({ version: reattachAnnotationSchema.shape.version.optional() });

/** A body pasted into the editor page to replace the current one (turned into a document, not yet saved). */
export const pastedBodySchema = z.union([z.strictObject({ text: body.min(1, "Paste some text") }), z.strictObject({ html: body.min(1, "Paste some HTML") })]);

/** A web address to import (the server fetches it; see lib/import/fetch-article-url). */
export const importUrlSchema = z.strictObject({
  url: z.string({ error: "Enter a web address" }).trim().min(1, "Enter a web address").max(2048, "This web address is too long"),
});
