import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { DeskEventInput } from "@/lib/events/event-types";
import type { LiveEvent } from "@/lib/live/live-event";
import type { PolicyActor } from "@/lib/policy/policy";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import { SseReader } from "@/test/integration/sse-reader";
import { eventStreamBody } from "./event-stream-response";
import { LiveHub } from "./live-hub";

const reviewer: PolicyActor = { id: "live-test-reviewer", role: "reviewer", active: true, mustChangePassword: false };

const created = (articleId: string): DeskEventInput => ({
  type: "annotation.created",
  actorId: null,
  entityId: randomUUID(),
  articleId,
  payload: { after: { kind: "claim" } },
});

const changes = (reader: SseReader) => reader.ofType("change").map((frame) => JSON.parse(frame.data) as LiveEvent);
const positions = (events: LiveEvent[]) => events.map((event) => BigInt(event.position));
const ascending = (values: bigint[]) => values.every((value, index) => index === 0 || values[index - 1] < value);

function newHub() {
  return new LiveHub({ connectionString: inject("databaseUrl"), pollMs: 1_000, heartbeatMs: 60_000, refreshMs: 60_000 });
}

describe("live hub: two instances, concurrent writers, a reader resuming on the other instance", () => {
  const hubs = [newHub(), newHub()];
  beforeAll(() => Promise.all(hubs.map((hub) => hub.start())));
  afterAll(() => Promise.all(hubs.map((hub) => hub.stop())));

  it("delivers every event exactly once, in commit order per article", async () => {
    const [one, two] = hubs;
    const articles: string[] = [randomUUID(), randomUUID()];
    const onArticle = new SseReader(eventStreamBody(two, { viewer: reviewer, scope: { kind: "article", articleId: articles[0] }, after: null, presence: false }));
    const desk = new SseReader(eventStreamBody(one, { viewer: reviewer, scope: { kind: "desk" }, after: null, presence: false }));
    const leaving = new SseReader(eventStreamBody(two, { viewer: reviewer, scope: { kind: "article", articleId: articles[1] }, after: null, presence: false }));
    await Promise.all([onArticle, desk, leaving].map((reader) => reader.waitFor((frames) => frames.some((frame) => frame.event === "hello"))));
    await new Promise((resolve) => setTimeout(resolve, 100));

    // 20 writers, 5 changes each, interleaved over two articles; each lingers inside its transaction.
    let resumed: SseReader | null = null;
    const writers = Array.from({ length: 20 }, (_, writer) =>
      (async () => {
        for (let change = 0; change < 5; change++) {
          await transactWithEvents(
            async (tx, events) => {
              await tx.$executeRaw`SELECT pg_sleep(${Math.random() * 0.01})`;
              events.add(created(articles[(writer + change) % 2]), created(articles[(writer + change + 1) % 2]));
              // 20 writers share the pool's 10 connections on a busy machine: let them queue.
            },
            { maxWait: 30_000, timeout: 30_000 },
          );
        }
      })(),
    );
    // Mid-way, one reader drops and resumes with Last-Event-ID on the other instance.
    await leaving.waitFor((frames) => frames.filter((frame) => frame.event === "change").length >= 30);
    await leaving.cancel();
    resumed = new SseReader(eventStreamBody(one, { viewer: reviewer, scope: { kind: "article", articleId: articles[1] }, after: BigInt(leaving.lastEventId!), presence: false }));
    await Promise.all(writers);

    const expected = async (articleId: string) => {
      const { db } = await import("@/lib/server/db/prisma");
      const rows = await db().auditEvent.findMany({ where: { articleId }, select: { id: true }, orderBy: { id: "asc" } });
      return rows.map((row) => row.id);
    };
    const [first, second] = [await expected(articles[0]), await expected(articles[1])];
    expect(first).toHaveLength(100);
    expect(second).toHaveLength(100);

    await onArticle.waitFor(() => changes(onArticle).length >= 100, 20_000);
    await desk.waitFor(() => changes(desk).filter((event) => articles.includes(event.articleId!)).length >= 200, 20_000);
    await resumed.waitFor(() => changes(leaving).length + changes(resumed!).length >= 100, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(positions(changes(onArticle))).toEqual(first);
    expect(positions(changes(desk).filter((event) => articles.includes(event.articleId!)))).toEqual([...first, ...second].sort((a, b) => (a < b ? -1 : 1)));
    const acrossReconnect = [...positions(changes(leaving)), ...positions(changes(resumed))];
    expect(acrossReconnect).toEqual(second);
    expect(ascending(acrossReconnect)).toBe(true);
    await Promise.all([onArticle, desk, resumed].map((reader) => reader.cancel()));
  });

  it("tells a reader that missed too much to reload, and one from another stream's future too", async () => {
    const hub = new LiveHub({ connectionString: inject("databaseUrl"), replayLimit: 3, heartbeatMs: 60_000, refreshMs: 60_000 });
    try {
      await hub.start();
      const articleId = randomUUID();
      await transactWithEvents(async (_tx, events) => events.add(...Array.from({ length: 5 }, () => created(articleId))));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { db } = await import("@/lib/server/db/prisma");
      const first = (await db().auditEvent.findFirstOrThrow({ where: { articleId }, orderBy: { id: "asc" }, select: { id: true } })).id;
      const behind = new SseReader(eventStreamBody(hub, { viewer: reviewer, scope: { kind: "article", articleId }, after: first - 1n, presence: false }));
      await behind.waitFor((frames) => frames.some((frame) => frame.event === "reset"));
      expect(behind.ofType("change")).toEqual([]);
      expect(BigInt(behind.lastEventId!)).toBeGreaterThanOrEqual(first + 4n);
      const ahead = new SseReader(eventStreamBody(hub, { viewer: reviewer, scope: { kind: "desk" }, after: hub.head + 1_000n, presence: false }));
      await ahead.waitFor((frames) => frames.some((frame) => frame.event === "reset"));
      await Promise.all([behind.cancel(), ahead.cancel()]);
    } finally {
      await hub.stop();
    }
  });

  it("resumes a reader coming from an instance that is ahead of this one, without a reset or repeats", async () => {
    const lagging = new LiveHub({ connectionString: inject("databaseUrl"), pollMs: 60_000, fallbackPollMs: 250, heartbeatMs: 60_000, refreshMs: 60_000 });
    try {
      await lagging.start();
      const articleId = randomUUID();
      await transactWithEvents(async (_tx, events) => events.add(...Array.from({ length: 3 }, () => created(articleId))));
      const { db } = await import("@/lib/server/db/prisma");
      const seen = (await db().auditEvent.findFirstOrThrow({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } })).id;
      const reader = new SseReader(eventStreamBody(lagging, { viewer: reviewer, scope: { kind: "article", articleId }, after: seen, presence: false }));
      await reader.waitFor((frames) => frames.some((frame) => frame.event === "hello"));
      await transactWithEvents(async (_tx, events) => events.add(created(articleId)));
      await reader.waitFor(() => changes(reader).length >= 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(reader.ofType("reset")).toEqual([]);
      expect(positions(changes(reader))).toEqual([seen + 1n]);
      await reader.cancel();
    } finally {
      await lagging.stop();
    }
  });

  it("drops a reader that stops reading, which then resumes without a gap", async () => {
    const [hub] = hubs;
    const articleId = randomUUID();
    const subscribersBefore = hub.size;
    const stalled = eventStreamBody(hub, { viewer: reviewer, scope: { kind: "article", articleId }, after: null, bufferBytes: 2_000, presence: false });
    const stalledReader = stalled.getReader();
    const first = await stalledReader.read(); // retry + hello
    expect(first.done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const startedAt = hub.head;
    for (let batch = 0; batch < 10; batch++) {
      await transactWithEvents(async (_tx, events) => events.add(...Array.from({ length: 5 }, () => created(articleId))));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(hub.size).toBe(subscribersBefore); // the stalled subscriber is gone from the hub
    // What was queued before the cut still arrives, then the stream ends.
    const late = new SseReader(
      new ReadableStream({
        pull: async (controller) => {
          const { done, value } = await stalledReader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
      }),
    );
    await late.done;
    const got = changes(late);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(50);
    const rest = new SseReader(eventStreamBody(hub, { viewer: reviewer, scope: { kind: "article", articleId }, after: BigInt(late.lastEventId!), presence: false }));
    await rest.waitFor(() => got.length + changes(rest).length >= 50);
    const all = [...positions(got), ...positions(changes(rest))];
    expect(all).toHaveLength(50);
    expect(ascending(all)).toBe(true);
    expect(all[0]).toBeGreaterThan(startedAt);
    await rest.cancel();
  });

  it("shows user events only to admins, and token events only to their owner", async () => {
    const [hub] = hubs;
    const admin: PolicyActor = { ...reviewer, id: "live-test-admin", role: "admin" };
    const asReviewer = new SseReader(eventStreamBody(hub, { viewer: reviewer, scope: { kind: "desk" }, after: null, presence: false }));
    const asAdmin = new SseReader(eventStreamBody(hub, { viewer: admin, scope: { kind: "desk" }, after: null, presence: false }));
    await Promise.all([asReviewer, asAdmin].map((reader) => reader.waitFor((frames) => frames.some((frame) => frame.event === "hello"))));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const userId = randomUUID();
    const articleId = randomUUID();
    await transactWithEvents(async (_tx, events) => {
      events.add({ type: "user.updated", actorId: null, entityId: userId, articleId: null, payload: { before: { role: "editor" }, after: { role: "reviewer" } } });
      events.add(created(articleId));
    });
    await asReviewer.waitFor(() => changes(asReviewer).some((event) => event.articleId === articleId));
    await asAdmin.waitFor(() => changes(asAdmin).some((event) => event.articleId === articleId));
    expect(changes(asReviewer).some((event) => event.entityId === userId)).toBe(false);
    expect(changes(asAdmin).some((event) => event.entityId === userId)).toBe(true);
    await Promise.all([asReviewer.cancel(), asAdmin.cancel()]);
  });
});
