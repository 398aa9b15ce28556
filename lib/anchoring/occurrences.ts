/** Exact-match search over UTF-16 strings, keeping only matches on code-point boundaries. */
import { isInsideSurrogatePair } from "./code-points";

/**
 * UTF-16 start indices of every occurrence of `needle` in `haystack` (overlapping ones included)
 * within `[from, to)`, skipping matches that would split a surrogate pair. Stops after `limit`.
 */
export function findOccurrences(haystack: string, needle: string, limit = Infinity, from = 0, to = haystack.length): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let at = haystack.indexOf(needle, from);
  while (at !== -1 && at + needle.length <= to && found.length < limit) {
    if (!isInsideSurrogatePair(haystack, at) && !isInsideSurrogatePair(haystack, at + needle.length)) found.push(at);
    at = haystack.indexOf(needle, at + 1);
  }
  return found;
}
