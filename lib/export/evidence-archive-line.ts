import { formatDate } from "./format-dates";

/** What the desk's archive holds for one piece of evidence, as the report states it. */
export type ExportEvidenceArchive = { state: "archived"; archivedAt: string; sha256: string } | { state: "failed"; message: string } | { state: "pending" } | { state: "none" };

/**
 * The report's line under a piece of evidence, so a reader can verify what the desk saw:
 * "archived 2024-06-21 · SHA-256 0123456789abcdef" (the first 16 hex digits), or why it is not
 * archived; null when the evidence carries no archive information.
 */
export function evidenceArchiveLine(archive: ExportEvidenceArchive | null | undefined): string | null {
  if (!archive) return null;
  switch (archive.state) {
    case "archived":
      return `archived ${formatDate(archive.archivedAt)} · SHA-256 ${archive.sha256.slice(0, 16)}`;
    case "failed":
      return `not archived: ${archive.message}`;
    case "pending":
    case "none":
      return "not archived yet";
  }
}
