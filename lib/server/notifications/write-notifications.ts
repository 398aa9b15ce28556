import "server-only";
import type { DeskEventInput } from "@/lib/events/event-types";
import { notificationsForChange, notificationSubjects, type NotificationFacts } from "@/lib/notifications/notification-rules";
import type { NotificationDraft } from "@/lib/notifications/notification-types";
import type { Prisma } from "@/lib/server/db/generated/client";

type Tx = Prisma.TransactionClient;

function grouped(rows: readonly { key: string; id: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.key, [...(map.get(row.key) ?? []), row.id]);
  return map;
}

/** Loads what the notification rules need to know about a change's events (a few queries, none per event). */
async function loadFacts(tx: Tx, events: readonly DeskEventInput[]): Promise<NotificationFacts> {
  const { annotationIds, revisedArticleIds, submittedArticleIds, mentionedIds, assignedIds } = notificationSubjects(events);
  const reviewers = submittedArticleIds.length
    ? await tx.articleAssignment.findMany({ where: { articleId: { in: submittedArticleIds }, role: "review" }, select: { articleId: true, userId: true } })
    : [];
  const annotations = annotationIds.length ? await tx.annotation.findMany({ where: { id: { in: annotationIds } }, select: { id: true, authorId: true, exact: true } }) : [];
  const comments = annotationIds.length
    ? await tx.comment.findMany({ where: { annotationId: { in: annotationIds } }, select: { annotationId: true, authorId: true }, distinct: ["annotationId", "authorId"] })
    : [];
  const approvals = annotationIds.length
    ? await tx.reviewDecision.findMany({ where: { annotationId: { in: annotationIds }, action: "approve" }, select: { annotationId: true, actorId: true }, distinct: ["annotationId", "actorId"] })
    : [];
  const members = revisedArticleIds.length
    ? await tx.$queryRaw<{ key: string; id: string }[]>`
        SELECT "articleId" AS "key", "authorId" AS "id" FROM "Annotation" WHERE "articleId" = ANY(${revisedArticleIds}::text[]) AND "deletedAt" IS NULL
        UNION
        SELECT a."articleId", c."authorId" FROM "Comment" c JOIN "Annotation" a ON a."id" = c."annotationId"
        WHERE a."articleId" = ANY(${revisedArticleIds}::text[]) AND a."deletedAt" IS NULL`
    : [];
  const personIds = new Set<string>([
    ...events.flatMap((event) => (event.actorId ? [event.actorId] : [])),
    ...mentionedIds,
    ...assignedIds,
    ...annotations.map((row) => row.authorId),
    ...comments.map((row) => row.authorId),
    ...approvals.map((row) => row.actorId),
    ...members.map((row) => row.id),
    ...reviewers.map((row) => row.userId),
  ]);
  const people = await tx.user.findMany({ where: { id: { in: [...personIds] } }, select: { id: true, name: true, role: true, active: true, mustChangePassword: true } });
  return {
    annotations: new Map(annotations.map((row) => [row.id, row])),
    threadParticipants: grouped(comments.map((row) => ({ key: row.annotationId, id: row.authorId }))),
    approvers: grouped(approvals.map((row) => ({ key: row.annotationId, id: row.actorId }))),
    articleMembers: grouped(members),
    reviewAssignees: grouped(reviewers.map((row) => ({ key: row.articleId, id: row.userId }))),
    people: new Map(people.map((person) => [person.id, person])),
  };
}

/** Whether any of these events can notify anyone (spares the queries for the rest). */
function mayNotify(events: readonly DeskEventInput[]): boolean {
  const { annotationIds, revisedArticleIds, submittedArticleIds, mentionedIds, assignedIds } = notificationSubjects(events);
  return annotationIds.length + revisedArticleIds.length + submittedArticleIds.length + mentionedIds.length + assignedIds.length > 0;
}

/**
 * Derives the notifications of one change from its events (reads only). `transactWithEvents` calls
 * it before the events are written: everything after that runs under the event stream's ordering
 * lock, which every writer waits for, so the reads must not.
 */
export async function draftNotifications(tx: Tx, events: readonly DeskEventInput[]): Promise<NotificationDraft[]> {
  if (!mayNotify(events)) return [];
  return notificationsForChange(events, await loadFacts(tx, events));
}

/**
 * Inserts a change's notifications in one statement, inside the change's transaction (rolled back
 * with it), right after its events, with the last stream position they took. With e-mail on, each
 * is written with its mail `pending` (decided and sent by the mail jobs), so a commit never loses
 * a mail. Returns the ids of the notifications whose mail is pending.
 */
export async function insertNotifications(tx: Tx, drafts: readonly NotificationDraft[], eventPosition: bigint | null, options: { mail: boolean }): Promise<string[]> {
  if (drafts.length === 0) return [];
  const mailStatus = options.mail ? "pending" : null;
  const rows = await tx.notification.createManyAndReturn({ data: drafts.map((draft) => ({ ...draft, eventPosition, mailStatus })), select: { id: true } });
  return options.mail ? rows.map((row) => row.id) : [];
}
