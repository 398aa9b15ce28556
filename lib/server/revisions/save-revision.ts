import "server-only";
import { can } from "@/lib/policy/policy";
import { planReanchor, type AnnotationPlan, type PlanAnnotation } from "@/lib/revisions/reanchor-plan";
import { buildRevisionBody, type RevisionBody } from "@/lib/revisions/revision-body";
import { sameArticleBody } from "@/lib/revisions/same-body";
import { articleMetadataSelect, toArticleMetadataDto } from "@/lib/server/articles/article-dto";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { fromIsoDate } from "@/lib/server/dates";
import { db } from "@/lib/server/db/prisma";
import type { Prisma, RevisionSource } from "@/lib/server/db/generated/client";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { ArticleMetadataPatch } from "@/lib/validations/revision";
import { applyReanchorPlan, reanchorEvents } from "./apply-reanchor-plan";
import type { ReanchoredAnnotationDto, SaveRevisionDto } from "./revision-dto";
import { StaleRevisionError, staleRevisionError } from "./stale-revision";

/** What a save brings: the new body, where it came from, the revision it was made from, new details. */
export type SaveRevisionInput = {
  body: RevisionBody;
  source: RevisionSource;
  /** The revision the person edited (always required); when the article has moved on since, the save is refused (409). */
  expectedRevision: number;
  metadata?: ArticleMetadataPatch;
};

const annotationPlanSelect = {
  id: true,
  kind: true,
  revisionId: true,
  status: true,
  anchorState: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  previousExact: true,
  version: true,
} as const;

/** The article columns a metadata patch sets (fields left out are not touched). */
function metadataData(patch: ArticleMetadataPatch | undefined): Prisma.ArticleUpdateManyMutationInput {
  if (!patch) return {};
  const { publishedOn, ...rest } = patch;
  const data: Prisma.ArticleUpdateManyMutationInput = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  if (publishedOn !== undefined) data.publishedOn = fromIsoDate(publishedOn);
  return data;
}

function toReanchoredDto(plan: AnnotationPlan, row: { kind: ReanchoredAnnotationDto["kind"]; version: number; previousExact: string | null }): ReanchoredAnnotationDto {
  const update = plan.update;
  return {
    id: plan.id,
    kind: row.kind,
    result: plan.result,
    stillOrphaned: plan.stillOrphaned,
    restored: plan.restored,
    reason: plan.reason,
    start: plan.after.start,
    end: plan.after.end,
    exact: plan.after.exact,
    previousExact: update ? update.previousExact : row.previousExact,
    status: plan.after.status,
    previousStatus: plan.before.status,
    anchorState: plan.after.anchorState,
    version: update?.bumpVersion ? row.version + 1 : row.version,
  };
}

/** Same body as the current revision: only the details (if any) are saved. */
async function saveDetailsOnly(actor: Actor, articleId: string, current: number, metadata: ArticleMetadataPatch | undefined): Promise<Result<SaveRevisionDto>> {
  const data = metadataData(metadata);
  const changed = Object.keys(data).length > 0;
  const article = await transactWithEvents(async (tx, events) => {
    const before = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: articleMetadataSelect });
    if (!changed) return before;
    const after = await tx.article.update({ where: { id: articleId }, data, select: articleMetadataSelect });
    const keys = Object.keys(data) as (keyof typeof before)[];
    events.add({
      type: "article.updated",
      actorId: actor.id,
      entityId: articleId,
      articleId,
      payload: {
        before: JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, before[k]])))),
        after: JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, after[k]])))),
      },
    });
    return after;
  });
  const message = `The text is the same as revision ${current}, so no new revision was made.${changed ? " The article's details were saved." : ""}`;
  return ok({ created: false, message, article: toArticleMetadataDto(article), revision: { number: current }, summary: null, annotations: [] });
}

/**
 * Saves a new body of an article as revision n+1 (editors and admins) and re-anchors every
 * annotation to it, all in one transaction: the article's revision number moves only from the
 * one this save started from (a concurrent save makes it fail with 409), annotation rows are
 * locked while they are re-anchored, and the revision, the row updates, the re-anchoring summary
 * and the events (`revision.saved`, then `annotation.reanchored` per annotation affected, in one
 * INSERT) commit together. An identical body makes no revision (the answer says so).
 */
export async function saveRevision(actor: Actor, articleId: string, input: SaveRevisionInput): Promise<Result<SaveRevisionDto>> {
  const allowed = can(actor, "article.revise");
  if (!allowed.ok) return refusedBy(allowed);
  const built = buildRevisionBody(input.body);
  if (!built.ok) return fail("invalid", built.message, { fieldErrors: { [built.field]: built.message } });
  const { doc, text } = built.body;

  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, currentRevision: true } });
  if (!article) return notFound("Article");
  const base = article.currentRevision;
  if (input.expectedRevision !== base) return staleRevisionError(articleId, input.expectedRevision);
  const current = await db().articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: base } }, select: { text: true, doc: true } });
  if (sameArticleBody(current, { text, doc })) return saveDetailsOnly(actor, articleId, base, input.metadata);

  const number = base + 1;
  try {
    const saved = await transactWithEvents(
      async (tx, events) => {
        const { count } = await tx.article.updateMany({
          where: { id: articleId, currentRevision: base, deletedAt: null },
          data: { currentRevision: number, ...metadataData(input.metadata) },
        });
        if (count === 0) throw new StaleRevisionError();
        // Hold the annotations still while they are re-anchored (a review decision waits for us).
        await tx.$queryRaw`SELECT "id" FROM "Annotation" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL FOR UPDATE`;
        const rows = await tx.annotation.findMany({ where: { articleId, deletedAt: null }, select: annotationPlanSelect, orderBy: [{ start: "asc" }, { id: "asc" }] });
        const revisions = await tx.articleRevision.findMany({
          where: { id: { in: [...new Set(rows.map((row) => row.revisionId))] } },
          select: { id: true, number: true, text: true },
        });
        const plan = planReanchor({ newText: text, oldTexts: new Map(revisions.map((r) => [r.id, r.text])), annotations: rows as PlanAnnotation[] });

        const revision = await tx.articleRevision.create({
          data: { articleId, number, doc: doc as object, text, source: input.source, createdById: actor.id, reanchorSummary: plan.summary },
          select: { id: true, number: true, createdAt: true, source: true },
        });
        await applyReanchorPlan(tx, { plans: plan.annotations, revisionId: revision.id, actorId: actor.id });

        const numberOf = new Map(revisions.map((r) => [r.id, r.number]));
        const revisionOfAnnotation = new Map(rows.map((row) => [row.id, numberOf.get(row.revisionId) ?? base]));
        events.add(
          {
            type: "revision.saved",
            actorId: actor.id,
            entityId: articleId,
            articleId,
            payload: {
              before: { revision: base, characters: current.text.length },
              after: { revision: number, source: input.source, characters: text.length, ...plan.summary, ...JSON.parse(JSON.stringify(input.metadata ?? {})) },
            },
          },
          ...reanchorEvents({ plans: plan.annotations, articleId, actorId: actor.id, revisionOf: (id) => revisionOfAnnotation.get(id) ?? base, toRevision: number }),
        );

        const updated = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: articleMetadataSelect });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return {
          article: toArticleMetadataDto(updated),
          revision: { number: revision.number, createdAt: revision.createdAt.toISOString(), source: revision.source },
          summary: plan.summary,
          annotations: plan.annotations.map((p) => toReanchoredDto(p, byId.get(p.id)!)),
        };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    return ok({ created: true, ...saved });
  } catch (error) {
    if (error instanceof StaleRevisionError) return staleRevisionError(articleId, input.expectedRevision);
    throw error;
  }
}
