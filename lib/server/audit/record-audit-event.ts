import "server-only";
import { legacyEventType } from "@/lib/events/event-types";
import type { Prisma } from "@/lib/server/db/generated/client";

type AuditClient = { auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): Promise<unknown> } };

export type AuditEntry = {
  actorId: string | null;
  entityType: "annotation" | "article" | "comment" | "user" | "api_token";
  entityId: string;
  articleId?: string | null;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Appends one audit row; call it with the transaction that makes the change it records. */
export async function recordAuditEvent(client: AuditClient, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({
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
}
