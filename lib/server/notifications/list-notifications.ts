import "server-only";
import type { NotificationPageDto } from "@/lib/dto/notification-dto";
import { hasNotificationParams } from "@/lib/notifications/notification-text";
import type { NotificationType } from "@/lib/notifications/notification-types";
import { cursorShape, decodeCursor, toPage, type PageRequest } from "@/lib/paging/page-cursor";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/db/generated/client";
import { fail, ok, type Result } from "@/lib/server/errors";

/** Sort key of the inbox: unread first, newest first, then id (a total order). */
const INBOX_CURSOR = cursorShape("notifications", ["boolean", "timestamp", "string"]);

const notificationSelect = {
  id: true,
  type: true,
  read: true,
  createdAt: true,
  articleId: true,
  annotationId: true,
  text: true,
  params: true,
  actor: { select: { id: true, name: true } },
} as const satisfies Prisma.NotificationSelect;

/**
 * One page of the actor's own notifications, unread first, newest first (keyset paging on
 * read, createdAt, id), with how many are unread. Nobody sees anyone else's.
 */
export async function listNotifications(actor: Actor, page: PageRequest): Promise<Result<NotificationPageDto>> {
  const allowed = can(actor, "notification.read");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page.cursor === null ? null : decodeCursor(INBOX_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  const where: Prisma.NotificationWhereInput = { recipientId: actor.id };
  if (after) {
    const [read, createdAt, id] = after.value;
    where.OR = [...(read ? [] : [{ read: true }]), { read, createdAt: { lt: createdAt } }, { read, createdAt, id: { lt: id } }];
  }
  const [rows, unread] = await Promise.all([
    db().notification.findMany({ where, select: notificationSelect, orderBy: [{ read: "asc" }, { createdAt: "desc" }, { id: "desc" }], take: page.limit + 1 }),
    db().notification.count({ where: { recipientId: actor.id, read: false } }),
  ]);
  const { items, nextCursor } = toPage(
    rows,
    page.limit,
    INBOX_CURSOR,
    (row) => [row.read, row.createdAt, row.id],
    (row) => ({
      ...row,
      type: row.type as NotificationType,
      params: hasNotificationParams(row.params) ? row.params : null,
      createdAt: row.createdAt.toISOString(),
    }),
  );
  return ok({ notifications: items, unread, nextCursor });
}
