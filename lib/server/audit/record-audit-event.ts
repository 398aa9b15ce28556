import "server-only";
import { legacyEventType } from "@/lib/events/event-types";
import type { Prisma } from "@/lib/server/db/generated/client";
import { EVENT_CHANNEL } from "@/lib/server/events/write-events";

type AuditClient = {
  auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput; select: { id: true } }): Promise<{ id: bigint }> };
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
};

export type AuditEntry = {
  actorId: string | null;
  entityType: "annotation" | "article" | "comment" | "user" | "api_token";
  entityId: string;
  articleId?: string | null;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * Appends one audit row; call it with the transaction that makes the change it records. Signals
 * live screens at commit (as `writeEvents` does) so they update at once instead of at their next poll.
 */
export async function recordAuditEvent(client: AuditClient, entry: AuditEntry): Promise<void> {
  const row = await client.auditEvent.create({
    select: { id: true },
    data: {
      actorId: entry.actorId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      articleId: entry.articleId ?? null,
      action: entry.action,
      type: legacyEventType(entry.entityType, entry.action),
      before: entry.before,
      after: entry.after,
    },
  });
  await client.$executeRaw`SELECT pg_notify(${EVENT_CHANNEL}, ${String(row.id)})`;
}
