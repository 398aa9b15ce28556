import { formatDate } from "./format-dates";
import { ENGLISH_REPORT, type ReportWords } from "./report-words";

/** What the desk's archive holds for one piece of evidence, as the report states it. */
export type ExportEvidenceArchive = { state: "archived"; archivedAt: string; sha256: string } | { state: "failed"; message: string } | { state: "pending" } | { state: "none" };

/**
 * The report's line under a piece of evidence, so a reader can verify what the desk saw:
 * "archived 2024-06-21 · SHA-256 0123456789abcdef" (the first 16 hex digits), or why it is not
 * archived; null when the evidence carries no archive information.
 */
export function evidenceArchiveLine(archive: ExportEvidenceArchive | null | undefined, words: ReportWords = ENGLISH_REPORT): string | null {
  if (!archive) return null;
  switch (archive.state) {
    case "archived":
      return words.archived(formatDate(archive.archivedAt), archive.sha256.slice(0, 16));
    case "failed":
      return words.notArchived(archive.message);
    case "pending":
    case "none":
      return words.notArchivedYet;
  }
}
