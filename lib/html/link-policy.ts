/** URL schemes an article link may use. Everything else (javascript:, data:, vbscript:, file:, relative links…) is dropped. */
export const ALLOWED_LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

/** `rel` given to every rendered article link. */
export const ARTICLE_LINK_REL = "noopener noreferrer nofollow";

/**
 * The safe, normalised form of a link target, or null when it is not an absolute http, https or
 * mailto URL. Parsing with the WHATWG URL parser (as browsers do) defeats case tricks, entities
 * already decoded by the HTML parser, embedded tabs/newlines and leading control characters.
 */
export function safeLinkHref(href: string | null | undefined): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (!(ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol !== "mailto:" && !url.hostname) return null;
  return url.href;
}
