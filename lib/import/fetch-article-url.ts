import { extractPage, type PageToExtract } from "./extract-article";
import { fetchResource, type FetchOptions } from "./fetch-resource";
import { importFailure, type ImportResult } from "./import-result";

/** Options of {@link fetchArticleUrl}. The defaults are what production should use. */
export type FetchArticleOptions = FetchOptions & {
  /** Finds the article in the downloaded page ({@link extractPage} by default; a server runs it on a worker). */
  extract?: (page: PageToExtract) => ImportResult | Promise<ImportResult>;
};

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** Whether the environment allows fetching from private addresses (`FACTDESK_IMPORT_ALLOW_PRIVATE=1`). */
export function privateAddressesAllowed(env: Record<string, string | undefined>): boolean {
  return env.FACTDESK_IMPORT_ALLOW_PRIVATE === "1" || env.FACTDESK_IMPORT_ALLOW_PRIVATE === "true";
}

/**
 * Downloads a web page on the server (through {@link fetchResource}'s SSRF guard and limits) and
 * extracts its article (Readability), sanitised. Only HTML responses are read.
 */
export async function fetchArticleUrl(rawUrl: string, options: FetchArticleOptions = {}): Promise<ImportResult> {
  const fetched = await fetchResource(rawUrl, options, (type) => {
    if (HTML_TYPES.has(type)) return null;
    const what = type ? ` (it is ${type})` : "";
    return importFailure("not_html", `This address is not a web page${what}. Download the file and import it, or paste the text.`).error;
  });
  if (!fetched.ok) return { ok: false, error: { code: fetched.error.code, message: fetched.error.message } };
  const { resource } = fetched;
  return (options.extract ?? extractPage)({ body: resource.body, contentType: resource.contentType, url: resource.url });
}
