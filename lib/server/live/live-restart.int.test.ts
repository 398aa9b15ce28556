import net from "node:net";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type AppPrismaClient } from "@/lib/db/create-prisma-client";
import type { DeskEventInput } from "@/lib/events/event-types";
import type { LiveEvent } from "@/lib/live/live-event";
import type { PolicyActor } from "@/lib/policy/policy";
import { writeEvents } from "@/lib/server/events/write-events";
import { SseReader } from "@/test/integration/sse-reader";
import { canStartThrowawayPostgres, ThrowawayPostgres } from "@/test/integration/throwaway-postgres";
import { prepareDatabase } from "@/scripts/prepare-database";
import { eventStreamBody } from "./event-stream-response";
import { LiveHub } from "./live-hub";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const reviewer: PolicyActor = { id: "live-restart-reviewer", role: "reviewer", active: true, mustChangePassword: false };

/** A free loopback port for the private cluster (FACTDESK_TEST_PG_PORT pins one). */
async function freePort(): Promise<number> {
  if (process.env.FACTDESK_TEST_PG_PORT) return Number(process.env.FACTDESK_TEST_PG_PORT);
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const changes = (reader: SseReader) => reader.ofType("change").map((frame) => JSON.parse(frame.data) as LiveEvent);
const positions = (readers: SseReader[]) => readers.flatMap((reader) => changes(reader).map((event) => BigInt(event.position)));

describe.skipIf(!canStartThrowawayPostgres())("live hub: PostgreSQL restarts under live streams", () => {
  let server: ThrowawayPostgres;
  let writer: AppPrismaClient;
  let hubs: LiveHub[];

  beforeAll(async () => {
    server = ThrowawayPostgres.start(await freePort());
    await prepareDatabase({ root, databaseUrl: server.url, dataDir: null, port: 0 });
    writer = createPrismaClient(server.url, { maxConnections: 4 });
    hubs = [0, 1].map(() => new LiveHub({ connectionString: server.url, pollMs: 1_000, heartbeatMs: 60_000, refreshMs: 60_000 }));
    await Promise.all(hubs.map((hub) => hub.start()));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(hubs?.map((hub) => hub.stop()) ?? []);
    await writer?.$disconnect();
    server?.stop();
  });

  /** Writes one change's events, retrying while the server is coming back (as a user would retry a save). */
  async function write(articleId: string): Promise<void> {
    const event: DeskEventInput = { type: "annotation.created", actorId: null, entityId: randomUUID(), articleId, payload: { after: { kind: "claim" } } };
    for (let attempt = 0; ; attempt++) {
      try {
        await writer.$transaction((tx) => writeEvents(tx, [event]));
        return;
      } catch (error) {
        if (attempt > 40) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  it("keeps every stream whole across the restart, and a reader cut off by it resumes", async () => {
    const articleId = randomUUID();
    const staying = new SseReader(eventStreamBody(hubs[0], { viewer: reviewer, scope: { kind: "article", articleId }, after: null, presence: false }));
    const desk = new SseReader(eventStreamBody(hubs[1], { viewer: reviewer, scope: { kind: "desk" }, after: null, presence: false }));
    const cut = new SseReader(eventStreamBody(hubs[1], { viewer: reviewer, scope: { kind: "article", articleId }, after: null, presence: false }));
    await Promise.all([staying, desk, cut].map((reader) => reader.waitFor((frames) => frames.some((frame) => frame.event === "hello"))));
    await new Promise((resolve) => setTimeout(resolve, 100));

    for (let index = 0; index < 5; index++) await write(articleId);
    await cut.waitFor(() => changes(cut).length === 5);
    await cut.cancel();

    // Writes race the restart: some land before the hubs' connections are back.
    const restarting = server.restart({ downMs: 500 });
    await restarting;
    for (let index = 0; index < 5; index++) await write(articleId);

    const resumed = new SseReader(eventStreamBody(hubs[0], { viewer: reviewer, scope: { kind: "article", articleId }, after: BigInt(cut.lastEventId!), presence: false }));
    for (let index = 0; index < 5; index++) await write(articleId);

    const rows = await writer.auditEvent.findMany({ where: { articleId }, select: { id: true }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(15);
    const expected = rows.map((row) => row.id);
    await staying.waitFor(() => changes(staying).length >= 15, 20_000);
    await desk.waitFor(() => changes(desk).length >= 15, 20_000);
    await resumed.waitFor(() => changes(cut).length + changes(resumed).length >= 15, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(positions([staying])).toEqual(expected);
    expect(positions([desk])).toEqual(expected);
    expect(positions([cut, resumed])).toEqual(expected);
    await Promise.all([staying, desk, resumed].map((reader) => reader.cancel()));
  }, 90_000);
});
