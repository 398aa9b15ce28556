/** Where archiving an evidence URL stands. */
export type EvidenceArchiveState = "none" | "pending" | "archived" | "failed";

/** What the latest link check found. */
export type EvidenceLinkState = "ok" | "changed" | "dead";

/** One evidence item's archive, as its card shows it. */
export type EvidenceArchiveDto = {
  evidenceId: string;
  annotationId: string;
  /** The item's place in the annotation's evidence list. */
  position: number;
  url: string;
  archiveState: EvidenceArchiveState;
  /** The first successful snapshot (kept for good). */
  archived: { snapshotId: string; fetchedAt: string; sha256: string } | null;
  /** Why the latest archive attempt failed (when `archiveState` is `failed`). */
  failure: { snapshotId: string; code: string; message: string; at: string } | null;
  linkState: EvidenceLinkState | null;
  linkCheckedAt: string | null;
  /** A link check is waiting to run. */
  checkPending: boolean;
  /** The latest check's snapshot and, for a dead link, why. */
  lastCheck: { snapshotId: string; message: string | null } | null;
};

/** A snapshot in a list (no text). */
export type EvidenceSnapshotSummaryDto = {
  id: string;
  kind: "archive" | "check";
  requestedUrl: string;
  finalUrl: string | null;
  httpStatus: number | null;
  fetchedAt: string;
  contentType: string | null;
  byteLength: number | null;
  sha256: string | null;
  title: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  linkState: EvidenceLinkState | null;
  /** Characters of readable text stored. */
  textLength: number;
};

/** A snapshot with its readable text (plain text, never the fetched HTML). */
export type EvidenceSnapshotDto = EvidenceSnapshotSummaryDto & {
  evidenceId: string;
  articleId: string;
  annotationId: string;
  articleTitle: string;
  text: string | null;
  textTruncated: boolean;
};
