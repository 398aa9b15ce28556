import "server-only";
import type { AssignmentRole } from "@/lib/domain/desk-statuses";
import type { MyWorkAnnotationItem, MyWorkAssignmentItem, MyWorkDto, MyWorkSection } from "@/lib/dto/my-work-dto";
import { annotationFactsOf, can, canAttempt } from "@/lib/policy/policy";
import { annotationSelect, toAnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { articleMetadataSelect, toArticleMetadataDto } from "@/lib/server/articles/article-dto";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";
import { ok, type Result } from "@/lib/server/errors";

/** Items shown per section (the totals count them all). */
export const MY_WORK_SECTION_LIMIT = 50;

const itemSelect = { ...annotationSelect, article: { select: { id: true, title: true } } } as const satisfies Prisma.AnnotationSelect;
const live: Prisma.AnnotationWhereInput = { deletedAt: null, article: { deletedAt: null } };

async function annotationSection(where: Prisma.AnnotationWhereInput, orderBy: Prisma.AnnotationOrderByWithRelationInput[]): Promise<MyWorkSection<MyWorkAnnotationItem>> {
  const [rows, total] = await Promise.all([
    db().annotation.findMany({ where: { ...live, ...where }, select: itemSelect, orderBy, take: MY_WORK_SECTION_LIMIT }),
    db().annotation.count({ where: { ...live, ...where } }),
  ]);
  return { total, items: rows.map((row) => ({ annotation: toAnnotationDto(row), article: row.article })) };
}

/** What waits for the actor's review: never their own work (the policy's four-eyes rule), re-reviews first. */
async function reviewSection(actor: Actor): Promise<MyWorkSection<MyWorkAnnotationItem>> {
  if (!canAttempt(actor, "annotation.decide").ok) return { total: 0, items: [] };
  // The query leaves out the actor's own work; the policy is asked again about each item kept.
  const section = await annotationSection({ status: { in: ["needs_rereview", "submitted"] }, authorId: { not: actor.id }, lastEditedById: { not: actor.id } }, [
    { status: "desc" },
    { submittedAt: "asc" },
    { createdAt: "asc" },
    { id: "asc" },
  ]);
  const items = section.items.filter((item) => can(actor, "annotation.decide", annotationFactsOf(item.annotation)).ok);
  return { total: section.total - (section.items.length - items.length), items };
}

/** The articles assigned to the actor that are not done or published, soonest due first (undated last). */
async function assignedSection(actor: Actor): Promise<MyWorkSection<MyWorkAssignmentItem>> {
  const where: Prisma.ArticleWhereInput = { deletedAt: null, deskStatus: { notIn: ["done", "published"] }, assignments: { some: { userId: actor.id } } };
  const [rows, total] = await Promise.all([
    db().article.findMany({ where, select: articleMetadataSelect, orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }], take: MY_WORK_SECTION_LIMIT }),
    db().article.count({ where }),
  ]);
  const items = rows.map((row) => {
    const { id, title, deskStatus, dueAt, assignees } = toArticleMetadataDto(row);
    const roles = [...new Set(assignees.filter((a) => a.userId === actor.id).map((a) => a.role))] as AssignmentRole[];
    return { article: { id, title, deskStatus, dueAt, assignees }, roles };
  });
  return { total, items };
}

/**
 * The actor's My work: their drafts (newest first), what was sent back to them with the reasons
 * (changes requested on annotations they wrote), what waits for their review (reviewers and
 * admins only; never their own work; re-reviews first, then the oldest submission) and the
 * articles assigned to them. Each section shows its first {@link MY_WORK_SECTION_LIMIT} items.
 */
export async function getMyWork(actor: Actor): Promise<Result<MyWorkDto>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const [drafts, sentBack, toReview, assigned] = await Promise.all([
    annotationSection({ authorId: actor.id, status: "draft" }, [{ updatedAt: "desc" }, { id: "desc" }]),
    annotationSection({ authorId: actor.id, status: "changes_requested" }, [{ updatedAt: "desc" }, { id: "desc" }]),
    reviewSection(actor),
    assignedSection(actor),
  ]);
  return ok({ drafts, sentBack, toReview, assigned });
}
