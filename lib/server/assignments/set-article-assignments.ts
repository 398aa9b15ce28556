import "server-only";
import { assigneeProblem, normaliseAssignees, sameAssignees, type Assignee } from "@/lib/assignments/assignees";
import { deskStatusProblem } from "@/lib/assignments/desk-status-rules";
import type { DeskStatus } from "@/lib/domain/desk-statuses";
import { can } from "@/lib/policy/policy";
import { reviewProgress } from "@/lib/review/review-progress";
import { articleMetadataSelect, toArticleMetadataDto, type ArticleMetadataDto } from "@/lib/server/articles/article-dto";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";

/** What to change: left-out parts stay as they are; `assignees` replaces the whole list. */
export type AssignmentChange = { assignees?: Assignee[]; dueAt?: Date | null; deskStatus?: DeskStatus };

/**
 * Sets who is assigned to annotate and review an article, its due date and its desk status
 * (editors and admins). Every assignee must be an active user whose role can do the work;
 * `published` needs a complete review. A change writes one `article.assigned` event with the whole
 * state before and after; a request that changes nothing writes none.
 */
export async function setArticleAssignments(actor: Actor, articleId: string, change: AssignmentChange): Promise<Result<ArticleMetadataDto>> {
  const allowed = can(actor, "article.assign");
  if (!allowed.ok) return refusedBy(allowed);
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: articleMetadataSelect });
  if (!article) return notFound("Article");

  const assignees = change.assignees ? normaliseAssignees(change.assignees) : null;
  if (assignees) {
    const candidates = await db().user.findMany({
      where: { id: { in: [...new Set(assignees.map((a) => a.userId))] } },
      select: { id: true, name: true, role: true, active: true },
    });
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const problems = Object.fromEntries(
      assignees.flatMap((assignee, index) => {
        const problem = assigneeProblem(assignee, byId.get(assignee.userId));
        return problem ? [[`assignees.${index}`, problem]] : [];
      }),
    );
    if (Object.keys(problems).length > 0) return fail("invalid", Object.values(problems).join("; "), { fieldErrors: problems });
  }
  if (change.deskStatus === "published" && article.deskStatus !== "published") {
    const groups = await db().annotation.groupBy({ by: ["status", "anchorState"], where: { articleId, deletedAt: null }, _count: { _all: true } });
    const progress = reviewProgress(groups.flatMap((g) => Array.from({ length: g._count._all }, () => ({ status: g.status, anchorState: g.anchorState }))));
    const problem = deskStatusProblem(article.deskStatus, "published", progress.state);
    if (problem) return fail("invalid", problem, { fieldErrors: { deskStatus: problem } });
  }

  const before = { assignees: normaliseAssignees(article.assignments.map((a) => ({ userId: a.user.id, role: a.role }))), dueAt: article.dueAt, deskStatus: article.deskStatus };
  const after = { assignees: assignees ?? before.assignees, dueAt: change.dueAt === undefined ? before.dueAt : change.dueAt, deskStatus: change.deskStatus ?? before.deskStatus };
  const unchanged = sameAssignees(before.assignees, after.assignees) && before.dueAt?.getTime() === after.dueAt?.getTime() && before.deskStatus === after.deskStatus;
  if (unchanged) return ok(toArticleMetadataDto(article));

  const updated = await transactWithEvents(async (tx, events) => {
    if (assignees) {
      const keep = (a: Assignee) => before.assignees.some((b) => b.userId === a.userId && b.role === a.role);
      const kept = assignees.map((a) => ({ userId: a.userId, role: a.role }));
      await tx.articleAssignment.deleteMany({ where: kept.length ? { articleId, NOT: { OR: kept } } : { articleId } });
      const added = assignees.filter((a) => !keep(a));
      if (added.length) await tx.articleAssignment.createMany({ data: added.map((a) => ({ articleId, userId: a.userId, role: a.role, assignedById: actor.id })) });
    }
    const row = await tx.article.update({ where: { id: articleId }, data: { dueAt: after.dueAt, deskStatus: after.deskStatus }, select: articleMetadataSelect });
    events.add({
      type: "article.assigned",
      actorId: actor.id,
      entityId: articleId,
      articleId,
      payload: {
        before: { ...before, dueAt: before.dueAt?.toISOString() ?? null },
        after: { ...after, dueAt: after.dueAt?.toISOString() ?? null },
      },
    });
    return row;
  });
  return ok(toArticleMetadataDto(updated));
}
