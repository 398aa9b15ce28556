/** An article read from a file or a web page, ready for the user to check before saving. `html` is already sanitised. */
export type ImportedArticle = {
  title: string;
  byline: string | null;
  /** Publication date as YYYY-MM-DD, when the source says. */
  publishedOn: string | null;
  /** Address of the page (after redirects) for URL imports; null for files. */
  url: string | null;
  html: string;
};

/** Why an import failed. */
export type ImportErrorCode =
  | "not_docx"
  | "old_word_format"
  | "unsupported_file"
  | "unreadable_file"
  | "empty_document"
  | "too_large"
  | "invalid_url"
  | "refused_address"
  | "network_error"
  | "timeout"
  | "too_many_redirects"
  | "http_error"
  | "not_html"
  | "no_article";

/** A failed import, with a message for the newsroom user. */
export type ImportError = { code: ImportErrorCode; message: string };

/** Result of every importer. */
export type ImportResult = { ok: true; article: ImportedArticle } | { ok: false; error: ImportError };

/** Builds a failed {@link ImportResult}. */
export function importFailure(code: ImportErrorCode, message: string): { ok: false; error: ImportError } {
  return { ok: false, error: { code, message } };
}

/** "5 MB", "800 KB": a byte limit as users read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
