import { z } from "zod";

const recordId = z.string({ error: "An id is required" }).trim().min(1, "An id is required").max(64, "Must be at most 64 characters");

/** Input of the article's evidence archive reads and its link check. */
export const articleEvidenceSchema = z.object({ articleId: recordId });

/** Input of a retry of one evidence item's archive. */
export const evidenceItemSchema = z.object({ evidenceId: recordId });
