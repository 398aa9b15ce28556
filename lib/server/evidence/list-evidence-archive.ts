import "server-only";
import type { EvidenceArchiveDto } from "@/lib/dto/evidence-archive-dto";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";

const snapshotSelect = { id: true, kind: true, fetchedAt: true, sha256: true, errorCode: true, errorMessage: true, requestId: true } as const;

/**
 * The archive of every evidence item on an article's annotations (deleted ones left out), for the
 * cards: archived when and with which hash, or why not, and what the latest link check found.
 */
export async function listEvidenceArchive(actor: Actor, articleId: string): Promise<Result<EvidenceArchiveDto[]>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) return notFound("Article");
  const rows = await db().evidence.findMany({
    where: { annotation: { articleId, deletedAt: null } },
    orderBy: [{ annotationId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      annotationId: true,
      position: true,
      url: true,
      archiveState: true,
      archiveRequestId: true,
      linkState: true,
      linkCheckedAt: true,
      checkRequestId: true,
      snapshots: { select: snapshotSelect, orderBy: [{ fetchedAt: "asc" }, { id: "asc" }] },
    },
  });
  return ok(
    rows.map((row) => {
      const archives = row.snapshots.filter((snapshot) => snapshot.kind === "archive");
      const first = archives.find((snapshot) => !snapshot.errorCode && snapshot.sha256);
      const latestArchive = archives.at(-1);
      const checks = row.snapshots.filter((snapshot) => snapshot.kind === "check");
      const lastCheck = checks.at(-1);
      return {
        evidenceId: row.id,
        annotationId: row.annotationId,
        position: row.position,
        url: row.url,
        archiveState: row.archiveState,
        archived: first ? { snapshotId: first.id, fetchedAt: first.fetchedAt.toISOString(), sha256: first.sha256! } : null,
        failure:
          row.archiveState === "failed" && latestArchive?.errorCode
            ? { snapshotId: latestArchive.id, code: latestArchive.errorCode, message: latestArchive.errorMessage ?? "", at: latestArchive.fetchedAt.toISOString() }
            : null,
        linkState: row.linkState,
        linkCheckedAt: row.linkCheckedAt?.toISOString() ?? null,
        checkPending: row.checkRequestId !== null && !checks.some((snapshot) => snapshot.requestId === row.checkRequestId),
        lastCheck: lastCheck ? { snapshotId: lastCheck.id, message: lastCheck.errorMessage } : null,
      };
    }),
  );
}
