import { createHash } from "node:crypto";
import { decodeHtml } from "../import/decode-html";
import { fetchResource, mediaType, type FetchOptions } from "../import/fetch-resource";
import { archiveFailure, type ArchiveFailure } from "./archive-failure";
import { htmlReadableText, pdfReadableText, type ReadableText } from "./readable-text";

/** Limits of one archive fetch. */
export type ArchiveLimits = {
  timeoutMs: number;
  maxBytes: number;
  /** Readable text kept at most (characters). */
  maxTextChars: number;
  /** PDF pages read at most. */
  maxPdfPages: number;
};

/** What the desk saw at a URL: enough to show it and for a reader to verify it. */
export type SnapshotContent = {
  finalUrl: string;
  httpStatus: number;
  contentType: string;
  byteLength: number;
  /** SHA-256 (hex) of the body as received, after decompression. */
  sha256: string;
  /** SHA-256 (hex) of the readable text (null when there is none). */
  textSha256: string | null;
  title: string | null;
  text: string | null;
  textTruncated: boolean;
};

export type SnapshotOutcome = { ok: true; content: SnapshotContent } | { ok: false; failure: ArchiveFailure };

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxTextChars: 500_000, maxPdfPages: 200 };

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const TEXT_TYPES = new Set(["text/plain", "text/markdown", "text/csv"]);

/** SHA-256 of bytes or text, lowercase hex. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

async function readable(type: string, body: Buffer, contentType: string, url: string, limits: ArchiveLimits): Promise<ReadableText | null> {
  if (HTML_TYPES.has(type)) return htmlReadableText(decodeHtml(body, contentType), url);
  if (type === "application/pdf" || (type === "application/octet-stream" && body.subarray(0, 5).toString("latin1") === "%PDF-")) {
    try {
      const pdf = await pdfReadableText(body, limits.maxPdfPages);
      const note = pdf.pagesRead < pdf.totalPages ? `\n\n[Only the first ${pdf.pagesRead} of ${pdf.totalPages} pages were read.]` : "";
      return { title: pdf.title, text: pdf.text + note };
    } catch {
      return null; // a damaged PDF is still archived by its hash
    }
  }
  if (TEXT_TYPES.has(type)) return { title: null, text: decodeHtml(body, contentType).trim() };
  return null;
}

/**
 * Fetches a URL through the importer's SSRF guard and limits and turns what came back into a
 * snapshot: final address, status, type, size, SHA-256 of the body, and the readable text
 * (Readability for HTML, pdf.js for PDF, as is for plain text; none for other types), capped.
 */
export async function fetchSnapshot(url: string, limits: ArchiveLimits, options: Omit<FetchOptions, "timeoutMs" | "maxBytes"> = {}): Promise<SnapshotOutcome> {
  const fetched = await fetchResource(url, { ...options, timeoutMs: limits.timeoutMs, maxBytes: limits.maxBytes });
  if (!fetched.ok) return { ok: false, failure: archiveFailure(fetched.error, limits) };
  const { resource } = fetched;
  const type = mediaType(resource.contentType);
  const found = await readable(type, resource.body, resource.contentType, resource.url, limits);
  const fullText = found?.text || null;
  const text = fullText && fullText.length > limits.maxTextChars ? fullText.slice(0, limits.maxTextChars) : fullText;
  return {
    ok: true,
    content: {
      finalUrl: resource.url,
      httpStatus: resource.status,
      contentType: resource.contentType,
      byteLength: resource.body.length,
      sha256: sha256Hex(resource.body),
      textSha256: fullText ? sha256Hex(fullText) : null,
      title: found?.title?.slice(0, 500) ?? null,
      text,
      textTruncated: text !== fullText,
    },
  };
}
