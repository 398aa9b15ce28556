import "server-only";
import type { CorrectionDto } from "@/lib/dto/correction-dto";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { correctionSelect, toCorrectionDto } from "./correction-dto";

/** An article's public corrections log, newest first (corrections of deleted claims stay: they were published). */
export async function listCorrections(actor: Actor, articleId: string): Promise<Result<CorrectionDto[]>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) return notFound("Article");
  const rows = await db().correction.findMany({ where: { articleId }, select: correctionSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return ok(rows.map(toCorrectionDto));
}
