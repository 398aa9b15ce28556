import "server-only";
import { cursorShape, decodeCursor, encodeCursor, INVALID_CURSOR, type Page, type PageRequest } from "@/lib/paging/page-cursor";
import type { ShownEvent } from "@/lib/events/stored-event";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/db/generated/client";
import { fail, ok, type Result } from "@/lib/server/errors";
import type { AuditFilter } from "@/lib/validations/audit";
import { storedEventSelect, visibleEvents } from "./visible-events";

/** Sort key of the audit export: the stream position (the row id, as a decimal string). */
const AUDIT_CURSOR = cursorShape("audit", ["string"]);

const POSITION = /^\d{1,19}$/;

/**
 * One page of the event stream for admins, in stream order (oldest first), filtered by time,
 * type and article: the audit export. Events pass the viewer rule like any shown to a person, so
 * a page may hold fewer than `limit` events (e.g. other people's token events) and still have a
 * next one.
 */
export async function listAuditEvents(actor: Actor, filter: Omit<AuditFilter, "format">, page: PageRequest): Promise<Result<Page<ShownEvent>>> {
  const allowed = can(actor, "audit.read");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page.cursor === null ? null : decodeCursor(AUDIT_CURSOR, page.cursor);
  if (after && (!after.ok || !POSITION.test(after.value[0]))) return fail("invalid", INVALID_CURSOR, { fieldErrors: { cursor: INVALID_CURSOR } });

  const where: Prisma.AuditEventWhereInput = {
    ...(after?.ok ? { id: { gt: BigInt(after.value[0]) } } : {}),
    ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
    ...(filter.type ? { type: { in: filter.type } } : {}),
    ...(filter.articleId ? { articleId: filter.articleId } : {}),
  };
  const rows = await db().auditEvent.findMany({ where, select: storedEventSelect, orderBy: { id: "asc" }, take: page.limit + 1 });
  const kept = rows.slice(0, page.limit);
  const last = kept[kept.length - 1];
  const nextCursor = rows.length > page.limit && last ? encodeCursor(AUDIT_CURSOR, [last.id.toString()]) : null;
  return ok({ items: visibleEvents(kept, actor), nextCursor });
}
