import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import { EXPORT_FORMATS, isExportFormat, type ExportFormat, type ExportScope } from "@/lib/export/export-formats";
import { fail, type AppError } from "@/lib/server/errors";
import { exportPageSchema } from "@/lib/validations/export-page";

/**
 * Request details shared by the export API route and the printable report route: parsing
 * `format`/`scope` and the base URL links are built on (response headers: lib/server/http/export-headers).
 */

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

/**
 * `?page=` → null when absent (the whole collection), else a page number of the W3C export;
 * a malformed value, or a page with another format, is a 400 naming `page`.
 */
export function parsePage(params: URLSearchParams, format: ExportFormat): { ok: true; page: number | null } | { ok: false; error: AppError } {
  const value = params.get("page");
  if (value === null) return { ok: true, page: null };
  const invalid = (detail: string) => fail("invalid", `page: ${detail}`, { fieldErrors: { page: detail } });
  if (format !== "w3c") return invalid("only the w3c format has pages");
  const parsed = exportPageSchema.safeParse(value);
  return parsed.success ? { ok: true, page: parsed.data } : invalid(parsed.error.issues[0]?.message ?? "invalid page");
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
