import "server-only";
import { can } from "@/lib/policy/policy";
import { suggestAnnotations, type Suggestion } from "@/lib/suggestions/suggest";
import { visibleSuggestions } from "@/lib/suggestions/visible-suggestions";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { toPolicyActor } from "./policy-actor";

/** Suggestions for the article's current revision, without the dismissed and the already tagged ones. */
export type SuggestionList = { articleId: string; revision: number; suggestions: Suggestion[] };

/** What Factdesk proposes to tag in an article's current revision (for those who may annotate). */
export async function listSuggestions(actor: Actor, articleId: string): Promise<Result<SuggestionList>> {
  const allowed = can(toPolicyActor(actor), "annotation.create");
  if (!allowed.ok) return fail("forbidden", allowed.message);
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { currentRevision: true } });
  if (!article) return notFound("Article");
  const revision = await db().articleRevision.findUnique({
    where: { articleId_number: { articleId, number: article.currentRevision } },
    select: { id: true, number: true, text: true },
  });
  if (!revision) return notFound("Article");
  const [annotations, dismissed] = await Promise.all([
    db().annotation.findMany({ where: { articleId, revisionId: revision.id, deletedAt: null, anchorState: { not: "orphaned" } }, select: { kind: true, start: true, end: true } }),
    db().suggestionDismissal.findMany({ where: { articleId, revision: revision.number }, select: { kind: true, start: true, end: true } }),
  ]);
  return ok({ articleId, revision: revision.number, suggestions: visibleSuggestions(suggestAnnotations(revision.text), annotations, dismissed) });
}
