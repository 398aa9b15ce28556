import "server-only";
import type { EvidenceSnapshotSummaryDto } from "@/lib/dto/evidence-archive-dto";
import type { Prisma } from "@/lib/server/db/generated/client";

/** The snapshot columns a list shows (the text only by its length). */
export const snapshotSummarySelect = {
  id: true,
  kind: true,
  requestedUrl: true,
  finalUrl: true,
  httpStatus: true,
  fetchedAt: true,
  contentType: true,
  byteLength: true,
  sha256: true,
  title: true,
  errorCode: true,
  errorMessage: true,
  linkState: true,
} as const satisfies Prisma.EvidenceSnapshotSelect;

type SummaryRow = Prisma.EvidenceSnapshotGetPayload<{ select: typeof snapshotSummarySelect }>;

export function toSnapshotSummaryDto(row: SummaryRow, textLength: number): EvidenceSnapshotSummaryDto {
  return { ...row, fetchedAt: row.fetchedAt.toISOString(), textLength };
}
