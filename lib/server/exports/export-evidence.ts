import "server-only";
import type { ExportEvidence } from "@/lib/export/export-types";
import { evidenceFromRows } from "@/lib/server/annotations/annotation-columns";
import type { Prisma } from "@/lib/server/db/generated/client";

/** An evidence row with what its archive holds: the first successful archive and the latest failed attempt. */
export const exportEvidenceSelect = {
  annotationId: true,
  url: true,
  title: true,
  excerpt: true,
  accessedOn: true,
  archiveState: true,
  snapshots: {
    where: { kind: "archive" },
    orderBy: [{ fetchedAt: "asc" }, { id: "asc" }],
    select: { fetchedAt: true, sha256: true, errorCode: true, errorMessage: true },
  },
} as const satisfies Prisma.EvidenceSelect;

type ExportEvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof exportEvidenceSelect }>;

/** The exported evidence item, with "archived <date> · SHA-256 …" or why not, for the report. */
export function evidenceWithArchive(row: ExportEvidenceRow): ExportEvidence {
  const [item] = evidenceFromRows([row]);
  const first = row.snapshots.find((snapshot) => !snapshot.errorCode && snapshot.sha256);
  if (first) return { ...item, archive: { state: "archived", archivedAt: first.fetchedAt.toISOString(), sha256: first.sha256! } };
  const failed = row.snapshots.at(-1);
  if (row.archiveState === "failed" && failed?.errorMessage) return { ...item, archive: { state: "failed", message: failed.errorMessage } };
  return { ...item, archive: { state: row.archiveState === "pending" ? "pending" : "none" } };
}
