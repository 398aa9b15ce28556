import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { EVENT_CHANNEL } from "@/lib/server/events/write-events";
import { recordAuditEvent } from "./record-audit-event";

describe.skipIf(inject("embeddedDatabase"))("recordAuditEvent", () => {
  it("signals live screens with the row's position when its transaction commits", async () => {
    const listener = new pg.Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    const signals: string[] = [];
    listener.on("notification", (message) => {
      if (message.channel === EVENT_CHANNEL) signals.push(message.payload ?? "");
    });
    await listener.query(`LISTEN ${EVENT_CHANNEL}`);
    try {
      const entityId = randomUUID();
      await db().$transaction(async (tx) => {
        await recordAuditEvent(tx, { actorId: null, entityType: "api_token", entityId, action: "revoke" });
        await new Promise((resolve) => setTimeout(resolve, 100));
        // Not before the commit.
        expect(signals).toEqual([]);
      });
      const row = await db().auditEvent.findFirstOrThrow({ where: { entityId }, select: { id: true } });
      await expect.poll(() => signals).toContain(String(row.id));
    } finally {
      await listener.end();
    }
  });
});
