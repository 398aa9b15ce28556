import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { ok, type Result } from "@/lib/server/errors";
import type { MarkNotificationsRead } from "@/lib/validations/notification";

/**
 * Marks some (by id) or all of the actor's own notifications read; ids of anyone else's are
 * ignored. Returns how many were marked and how many remain unread. Reading one's inbox is not a
 * change of the desk's state, so it writes no event to the audit trail (by design).
 */
export async function markNotificationsRead(actor: Actor, input: MarkNotificationsRead): Promise<Result<{ marked: number; unread: number }>> {
  const allowed = can(actor, "notification.read");
  if (!allowed.ok) return refusedBy(allowed);
  const which = "ids" in input ? { id: { in: input.ids } } : {};
  const { count } = await db().notification.updateMany({ where: { recipientId: actor.id, read: false, ...which }, data: { read: true, readAt: new Date() } });
  const unread = await db().notification.count({ where: { recipientId: actor.id, read: false } });
  return ok({ marked: count, unread });
}
