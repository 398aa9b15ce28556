import "server-only";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { evidenceFromRows, evidenceSelect } from "@/lib/server/annotations/annotation-columns";
import type { EvidenceInput } from "@/lib/validations/annotation";
import type { Verdict } from "@/lib/domain/verdicts";

/** A decided claim whose verdict, rationale and evidence may be copied into another claim. */
export type ReusableClaim = { id: string; articleId: string; articleTitle: string; verdict: Verdict; rationale: string; evidence: EvidenceInput[] };

/** The approved, not deleted claim `sourceId` (on a live article), or why it can't be reused. */
export async function loadReusableClaim(sourceId: string): Promise<Result<ReusableClaim>> {
  const source = await db().annotation.findFirst({
    where: { id: sourceId, deletedAt: null, article: { deletedAt: null } },
    select: {
      id: true,
      articleId: true,
      article: { select: { title: true } },
      kind: true,
      status: true,
      verdict: true,
      rationale: true,
      evidence: { select: evidenceSelect, orderBy: { position: "asc" } },
    },
  });
  if (!source) return notFound("Claim to reuse");
  if (source.kind !== "claim" || source.status !== "approved") {
    return fail("conflict", "Only an approved claim's verdict can be reused: this one has not been decided.", { fieldErrors: { sourceId: "Not an approved claim" } });
  }
  return ok({
    id: source.id,
    articleId: source.articleId,
    articleTitle: source.article.title,
    verdict: source.verdict ?? "unverified",
    rationale: source.rationale ?? "",
    evidence: evidenceFromRows(source.evidence),
  });
}
