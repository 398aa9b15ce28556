import { z } from "./zod";

/** The longest text claim matching takes (characters): a claim is a sentence or two. */
export const MAX_CLAIM_MATCH_CHARS = 2_000;

const id = (name: string) => z.string().trim().min(1).max(64, `${name} must be an id`).optional();

/** Query of `GET /api/claims/similar`. */
export const similarClaimsQuerySchema = z.object({
  q: z.string({ error: "q is required: the claim's text" }).trim().min(1, "q is required: the claim's text").max(MAX_CLAIM_MATCH_CHARS, `q must be at most ${MAX_CLAIM_MATCH_CHARS} characters`),
  limit: z.coerce.number({ error: "limit must be a number from 1 to 20" }).int("limit must be a whole number").min(1, "limit must be from 1 to 20").max(20, "limit must be from 1 to 20").default(5),
  excludeArticle: id("excludeArticle"),
  article: id("article"),
  excludeAnnotation: id("excludeAnnotation"),
});
export type SimilarClaimsQuery = z.infer<typeof similarClaimsQuerySchema>;

/** Body of `POST /api/annotations/{id}/reuse`: the decided claim to copy from, on the version seen. */
export const reuseClaimSchema = z.strictObject({
  sourceId: z.string({ error: "sourceId is required: the decided claim to copy from" }).trim().min(1, "sourceId is required").max(64, "sourceId must be an id"),
  version: z.number().int().positive().optional(),
});
