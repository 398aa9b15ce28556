/** How many times a read that keeps meeting a new revision starts again before giving up. */
const ATTEMPTS = 3;

/**
 * Every row of a paged list (`{ [key]: T[], nextCursor }`), following `nextCursor` from `url`,
 * all from one revision: a page refused because the article was revised since the first page
 * (409) starts the read again. Null when the list could not be read whole.
 */
export async function fetchWholeList<T>(url: string, key: string, fetcher: (url: string) => Promise<Response>): Promise<T[] | null> {
  const separator = url.includes("?") ? "&" : "?";
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const rows: T[] = [];
    let cursor: string | null = null;
    let revised = false;
    do {
      const response = await fetcher(cursor ? `${url}${separator}cursor=${encodeURIComponent(cursor)}` : url);
      if (response.status === 409) {
        revised = true;
        break;
      }
      if (!response.ok) return null;
      const page = (await response.json()) as Record<string, unknown> & { nextCursor: string | null };
      rows.push(...(page[key] as T[]));
      cursor = page.nextCursor;
    } while (cursor);
    if (!revised) return rows;
  }
  return null;
}
