/**
 * Response headers of the exports (the export API's downloads and the printable report): one
 * place for the media type, the download name, caching, sniffing and the report's own CSP.
 */

/**
 * The report's own Content-Security-Policy: it has inline styles only, no scripts, no external
 * resources, so nothing else may load, run, be posted or frame it.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The part of `REPORT_CSP` a `<meta http-equiv>` can carry (frame-ancestors only works as a header). */
const REPORT_META_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * `Content-Disposition` for `fileName`: an ASCII `filename` fallback (anything else becomes `_`,
 * quotes and backslashes too) and the exact name as RFC 5987 `filename*`.
 */
export function contentDisposition(fileName: string, type: "attachment" | "inline" = "attachment"): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The headers of an export response: its media type; a download name (`attachment`) when
 * `fileName` is given, else it is shown in place; never cached by shared caches, never sniffed;
 * the report's CSP for HTML; and the request id when there is one.
 */
export function exportHeaders(options: { contentType: string; fileName?: string; html?: boolean; requestId?: string }): Record<string, string> {
  return {
    "content-type": options.contentType,
    ...(options.fileName === undefined ? {} : { "content-disposition": contentDisposition(options.fileName) }),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
    ...(options.html ? { "content-security-policy": REPORT_CSP } : {}),
    ...(options.requestId === undefined ? {} : { "x-request-id": options.requestId }),
  };
}

/**
 * Adds the report's CSP as a `<meta http-equiv>` right after `<head>`, so it also holds where the
 * header does not: a downloaded file opened from disk, or a page whose header another layer set
 * (policies combine, the stricter wins).
 */
export function withReportMetaCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${REPORT_META_CSP}">`;
  return html.replace(/<head>/i, () => `<head>\n${meta}`);
}
