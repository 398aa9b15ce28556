import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import type { DeskEventInput } from "@/lib/events/event-types";
import { db } from "@/lib/server/db/prisma";
import { transactWithEvents } from "./transact-with-events";
import { EVENT_CHANNEL } from "./write-events";

const tokenEvent = (entityId: string): DeskEventInput => ({ type: "token.revoked", actorId: null, entityId, articleId: null, payload: {} });

async function eventsFor(entityIds: string[]) {
  return db().auditEvent.findMany({ where: { entityId: { in: entityIds } }, select: { id: true, entityId: true, type: true, action: true }, orderBy: { id: "asc" } });
}

describe("transactWithEvents", () => {
  it("writes the change's events with it, typed and with the older action name", async () => {
    const id = randomUUID();
    await transactWithEvents(async (_tx, events) => {
      events.add(tokenEvent(id));
    });
    expect(await eventsFor([id])).toMatchObject([{ entityId: id, type: "token.revoked", action: "revoke" }]);
  });

  it("writes nothing when the change fails after adding its events", async () => {
    const id = randomUUID();
    await expect(
      transactWithEvents(async (_tx, events) => {
        events.add(tokenEvent(id));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await eventsFor([id])).toEqual([]);
  });

  it("refuses an invalid payload and rolls the change back", async () => {
    const id = randomUUID();
    await expect(
      transactWithEvents(async (tx, events) => {
        await tx.user.create({ data: { email: `${id}@test.example`, name: "Rolled back", role: "editor", passwordHash: "x" } });
        events.add({ type: "comment.added", actorId: null, entityId: id, articleId: null, payload: { after: { annotationId: "a" } } } as unknown as DeskEventInput);
      }),
    ).rejects.toThrow(/Invalid payload for comment.added: after.body/);
    expect(await db().user.findUnique({ where: { email: `${id}@test.example` } })).toBeNull();
  });

  it("writes many events in one statement", async () => {
    const ids = Array.from({ length: 5000 }, () => randomUUID());
    await transactWithEvents(async (_tx, events) => {
      events.add(...ids.map(tokenEvent));
    });
    const rows = await eventsFor(ids);
    expect(rows.map((row) => row.entityId)).toEqual(ids);
  });

  it("commits positions in order under concurrent writers, and signals each commit", async () => {
    const listener = new pg.Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    const signals: bigint[] = [];
    listener.on("notification", (message) => {
      if (message.channel === EVENT_CHANNEL && message.payload) signals.push(BigInt(message.payload));
    });
    await listener.query(`LISTEN ${EVENT_CHANNEL}`);
    try {
      const ids = Array.from({ length: 20 }, () => randomUUID());
      // Each writer takes its id early, then lingers: without the ordering lock, ids would commit out of order.
      await Promise.all(
        ids.map((id, index) =>
          transactWithEvents(async (tx, events) => {
            await tx.$executeRaw`SELECT pg_sleep(${(20 - index) * 0.005})`;
            events.add(tokenEvent(id));
          }),
        ),
      );
      const rows = await eventsFor(ids);
      expect(rows).toHaveLength(20);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lastPosition = rows[rows.length - 1].id;
      if (!inject("embeddedDatabase")) {
        expect(signals).toContain(lastPosition);
        // Signals arrive in commit order, which is position order.
        const ours = signals.filter((signal) => rows.some((row) => row.id === signal));
        expect(ours).toEqual([...ours].sort((a, b) => (a < b ? -1 : 1)));
      }
    } finally {
      await listener.end();
    }
  });
});
