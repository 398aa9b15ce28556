import "server-only";
import type { EvidenceSnapshotSummaryDto } from "@/lib/dto/evidence-archive-dto";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { snapshotSummarySelect, toSnapshotSummaryDto } from "./evidence-snapshot-dto";

/** Every snapshot of one evidence item, oldest first: its archive, then each link check. */
export async function listEvidenceSnapshots(actor: Actor, evidenceId: string): Promise<Result<{ evidenceId: string; url: string; snapshots: EvidenceSnapshotSummaryDto[] }>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const evidence = await db().evidence.findFirst({
    where: { id: evidenceId, annotation: { deletedAt: null, article: { deletedAt: null } } },
    select: { id: true, url: true },
  });
  if (!evidence) return notFound("Evidence");
  const rows = await db().evidenceSnapshot.findMany({
    where: { evidenceId },
    orderBy: [{ fetchedAt: "asc" }, { id: "asc" }],
    select: { ...snapshotSummarySelect, text: true },
  });
  return ok({ evidenceId, url: evidence.url, snapshots: rows.map(({ text, ...row }) => toSnapshotSummaryDto(row, text?.length ?? 0)) });
}
