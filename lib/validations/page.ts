import { z } from "./zod";
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from "../paging/page-cursor";

/** Server-action input asking for the next page of a list: the previous page's `nextCursor`. */
export const nextPageInputSchema = z.object({
  cursor: z.string({ error: "cursor must be text" }).min(1, "cursor is required").max(4096, "cursor is too long"),
  limit: z.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT),
});
export type NextPageInput = z.input<typeof nextPageInputSchema>;
