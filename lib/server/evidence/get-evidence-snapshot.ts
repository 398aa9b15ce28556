import "server-only";
import type { EvidenceSnapshotDto } from "@/lib/dto/evidence-archive-dto";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { snapshotSummarySelect, toSnapshotSummaryDto } from "./evidence-snapshot-dto";

/** One snapshot with its stored readable text, for whoever may read the article it belongs to. */
export async function getEvidenceSnapshot(actor: Actor, snapshotId: string): Promise<Result<EvidenceSnapshotDto>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const row = await db().evidenceSnapshot.findFirst({
    where: { id: snapshotId, evidence: { annotation: { deletedAt: null, article: { deletedAt: null } } } },
    select: {
      ...snapshotSummarySelect,
      text: true,
      textTruncated: true,
      evidence: { select: { id: true, annotationId: true, annotation: { select: { article: { select: { id: true, title: true } } } } } },
    },
  });
  if (!row) return notFound("Snapshot");
  const { evidence, text, textTruncated, ...summary } = row;
  return ok({
    ...toSnapshotSummaryDto(summary, text?.length ?? 0),
    evidenceId: evidence.id,
    annotationId: evidence.annotationId,
    articleId: evidence.annotation.article.id,
    articleTitle: evidence.annotation.article.title,
    text,
    textTruncated,
  });
}
