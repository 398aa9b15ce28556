/**
 * Reading filter values from a URL's query, before a zod schema checks them: the same rules for
 * every list endpoint and page.
 */

/** Every value of `name`, whether repeated (`?kind=a&kind=b`) or comma-separated (`?kind=a,b`); empty ones dropped; undefined when none. */
export function queryList(search: URLSearchParams, name: string): string[] | undefined {
  const values = search
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
  return values.length ? values : undefined;
}

/** The first value of `name`, trimmed; undefined when absent or blank. */
export function queryValue(search: URLSearchParams, name: string): string | undefined {
  return search.get(name)?.trim() || undefined;
}
