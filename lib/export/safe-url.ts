/**
 * URLs in exports come from users and imported pages: only absolute http(s) URLs are ever turned
 * into links; anything else (javascript:, data:, relative, malformed) is shown as text or dropped.
 */

/** The normalised URL when `value` is an absolute http(s) URL, else null. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** `baseUrl` without trailing slashes, so ids can be built as `${base}/path`. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}
