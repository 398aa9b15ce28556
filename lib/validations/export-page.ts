import { z } from "./zod";

/** Largest page number accepted; far beyond any real collection, it only bounds the input. */
const MAX_PAGE = 1_000_000;

/**
 * `?page=` of the W3C export: a page number from 1, written as plain digits (no sign, no
 * leading zeros, no decimals), as the export's own `first`/`last`/`next`/`prev` links write it.
 */
export const exportPageSchema = z
  .string()
  .regex(/^[1-9][0-9]*$/, "page must be a whole number from 1")
  .transform(Number)
  .refine((page) => page <= MAX_PAGE, `page must be at most ${MAX_PAGE}`);
