import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import { EXPORT_FORMATS, isExportFormat, type ExportFormat, type ExportScope } from "@/lib/export/export-formats";
import type { AppError } from "@/lib/server/errors";

/**
 * HTTP details shared by the export API route and the printable report route: parsing
 * `format`/`scope`, the base URL links are built on, download headers and the report's CSP.
 */

/**
 * The report's own Content-Security-Policy: it has inline styles only, no scripts, no external
 * resources, so nothing else may load, run, be posted or frame it.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The part of `REPORT_CSP` a `<meta http-equiv>` can carry (frame-ancestors only works as a header). */
const REPORT_META_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export type { ExportScope };

/** `?format=` → a format id, or a 400 naming `format`. */
export function parseFormat(params: URLSearchParams): { ok: true; format: ExportFormat } | { ok: false; error: AppError } {
  const value = params.get("format");
  if (isExportFormat(value)) return { ok: true, format: value };
  const message = value === null ? "format is required" : `Unknown format "${value.slice(0, 40)}"`;
  const ids = EXPORT_FORMATS.map((format) => format.id);
  const detail = `${message}: use ${ids.slice(0, -1).join(", ")} or ${ids[ids.length - 1]}`;
  return { ok: false, error: { code: "invalid", message: `format: ${detail}`, fieldErrors: { format: detail } } };
}

/** `?scope=` → approved (default, also for an empty value) or all; anything else is a 400 naming `scope`. */
export function parseScope(params: URLSearchParams): { ok: true; scope: ExportScope } | { ok: false; error: AppError } {
  const value = params.get("scope");
  if (value === null || value === "" || value === "approved") return { ok: true, scope: "approved" };
  if (value === "all") return { ok: true, scope: "all" };
  const detail = `Unknown scope "${value.slice(0, 40)}": use approved or all`;
  return { ok: false, error: { code: "invalid", message: `scope: ${detail}`, fieldErrors: { scope: detail } } };
}

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The origin export links point to: `FACTDESK_BASE_URL` when configured, else the request's own
 * (`x-forwarded-proto`/`x-forwarded-host` from a reverse proxy, else `host`), else the request URL.
 * Header values that are not a plain host name are ignored.
 */
export function exportBaseUrl(request: Request): string {
  const configured = getAppConfig().FACTDESK_BASE_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const fallback = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim() || null;
  const proto = first("x-forwarded-proto");
  const host = first("x-forwarded-host") ?? first("host");
  const scheme = proto === "http" || proto === "https" ? proto : fallback.protocol.replace(":", "");
  return host && HOST.test(host) ? `${scheme}://${host}` : fallback.origin;
}

/**
 * `Content-Disposition` for `fileName`: an ASCII `filename` fallback (anything else becomes `_`,
 * quotes and backslashes too) and the exact name as RFC 5987 `filename*`.
 */
export function contentDisposition(fileName: string, type: "attachment" | "inline" = "attachment"): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Headers every export response carries: never cached by shared caches, never sniffed. */
export const EXPORT_HEADERS = { "cache-control": "private, no-store", "x-content-type-options": "nosniff" } as const;

/**
 * Adds the report's CSP as a `<meta http-equiv>` right after `<head>`, so it also holds where the
 * header does not: a downloaded file opened from disk, or a page whose header another layer set
 * (policies combine, the stricter wins).
 */
export function withReportMetaCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${REPORT_META_CSP}">`;
  return html.replace(/<head>/i, () => `<head>\n${meta}`);
}
