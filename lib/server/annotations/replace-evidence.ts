import "server-only";
import { planEvidenceRows } from "@/lib/archive/evidence-row-plan";
import type { Prisma } from "@/lib/server/db/generated/client";
import { requestEvidenceFetch } from "@/lib/server/evidence/request-evidence-archive";
import type { EvidenceInput } from "@/lib/validations/annotation";
import { evidenceToRows } from "./annotation-columns";

/**
 * Inside an annotation edit: turns its stored evidence into the edited list. Items whose URL is
 * unchanged keep their row, archive and snapshots (only their place, title, excerpt and date are
 * updated); a new or changed URL gets a new row, archived in the background; removed items go.
 */
export async function replaceEvidence(tx: Prisma.TransactionClient, annotationId: string, evidence: EvidenceInput[]): Promise<void> {
  const stored = await tx.evidence.findMany({ where: { annotationId }, orderBy: { position: "asc" }, select: { id: true, url: true } });
  const plan = planEvidenceRows(stored, evidenceToRows(evidence));
  if (plan.remove.length > 0) await tx.evidence.deleteMany({ where: { id: { in: plan.remove } } });
  for (const { id, row } of plan.keep) await tx.evidence.update({ where: { id }, data: { position: row.position, title: row.title, excerpt: row.excerpt, accessedOn: row.accessedOn } });
  if (plan.create.length === 0) return;
  const created = await tx.evidence.createManyAndReturn({ data: plan.create.map((row) => ({ ...row, annotationId })), select: { id: true } });
  await requestEvidenceFetch(
    tx,
    created.map((row) => row.id),
    "archive",
  );
}
