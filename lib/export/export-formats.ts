/**
 * The export formats and scopes, shared by the export menu (client) and the export API (server):
 * the one list of what `?format=` and `?scope=` accept. Client-safe: no serialiser is imported here.
 */

/** The export formats: `label` as the article page's menu shows it, `extension` of the download. */
export const EXPORT_FORMATS = [
  { id: "html", label: "Report (HTML file)", extension: "html" },
  { id: "pdf", label: "Report (PDF)", extension: "pdf" },
  { id: "w3c", label: "W3C Web Annotations (JSON-LD)", extension: "jsonld" },
  { id: "claimreview", label: "ClaimReview (JSON-LD)", extension: "jsonld" },
  { id: "csv", label: "Spreadsheet (CSV)", extension: "csv" },
] as const;

/** One of the export format ids. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]["id"];

/** Narrows a request parameter to a format id. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.some((format) => format.id === value);
}

/** Which annotations an export includes: `approved` (the default) or `all`, with their status. */
export const EXPORT_SCOPES = ["approved", "all"] as const;

/** One of {@link EXPORT_SCOPES}. */
export type ExportScope = (typeof EXPORT_SCOPES)[number];
