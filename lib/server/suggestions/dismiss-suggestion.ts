import "server-only";
import { codePointSlice } from "@/lib/anchoring/code-points";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { DismissSuggestionInput } from "@/lib/validations/suggestion";
import { toPolicyActor } from "./policy-actor";

/** A dismissed span, as stored. */
export type SuggestionDismissalDto = { articleId: string; revision: number; kind: string; start: number; end: number; dismissedAt: string };

/**
 * Dismisses a suggested span for the article's current revision, for the whole desk; dismissing it
 * again is a no-op. A stale revision is refused like a stale annotation edit.
 */
export async function dismissSuggestion(actor: Actor, articleId: string, input: DismissSuggestionInput): Promise<Result<SuggestionDismissalDto>> {
  const allowed = can(toPolicyActor(actor), "annotation.create");
  if (!allowed.ok) return fail("forbidden", allowed.message);
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { currentRevision: true } });
  if (!article) return notFound("Article");
  const revisionNumber = article.currentRevision;
  if (input.revision !== undefined && input.revision !== revisionNumber) {
    return fail("conflict", `The article has changed since you opened it (it is now revision ${revisionNumber}). Reload it to see its suggestions.`, {
      details: { currentRevision: revisionNumber },
    });
  }
  const revision = await db().articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: revisionNumber } }, select: { text: true } });
  const exact = codePointSlice(revision.text, input.start, input.end);
  if (exact.length === 0 || [...exact].length !== input.end - input.start) return fail("invalid", "The span is outside the article's text", { fieldErrors: { end: "Outside the text" } });

  const key = { articleId, revision: revisionNumber, start: input.start, end: input.end, kind: input.kind };
  const dismissOnce = () =>
    transactWithEvents(async (tx, events) => {
      const existing = await tx.suggestionDismissal.findUnique({ where: { articleId_revision_start_end_kind: key } });
      if (existing) return existing;
      const created = await tx.suggestionDismissal.create({ data: { ...key, dismissedById: actor.id } });
      events.add({
        type: "suggestion.dismissed",
        actorId: actor.id,
        entityId: articleId,
        articleId,
        payload: { after: { revision: revisionNumber, start: input.start, end: input.end, kind: input.kind, exact } },
      });
      return created;
    });
  let row: Awaited<ReturnType<typeof dismissOnce>>;
  try {
    row = await dismissOnce();
  } catch (error) {
    // Two people dismissing the same suggestion at once: the second finds the first's row.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    row = await db().suggestionDismissal.findUniqueOrThrow({ where: { articleId_revision_start_end_kind: key } });
  }
  return ok({ articleId, revision: row.revision, kind: row.kind, start: row.start, end: row.end, dismissedAt: row.dismissedAt.toISOString() });
}
