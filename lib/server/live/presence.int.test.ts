import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PresenceEntry } from "@/lib/live/presence";
import type { PolicyActor } from "@/lib/policy/policy";
import { createTestUser } from "@/test/integration/factories";
import { SseReader } from "@/test/integration/sse-reader";
import { newArticle, newDraft } from "@/app/api/annotations/review-fixtures.test-helper";
import { db } from "@/lib/server/db/prisma";
import { eventStreamBody } from "./event-stream-response";
import { LiveHub } from "./live-hub";
import { updatePresence } from "./update-presence";

const viewerOf = (actor: { id: string; role: PolicyActor["role"] }): PolicyActor => ({ id: actor.id, role: actor.role, active: true, mustChangePassword: false });
const latestPresence = (reader: SseReader): PresenceEntry[] => JSON.parse(reader.ofType("presence").at(-1)?.data ?? "[]");
const helloOf = (reader: SseReader): string => JSON.parse(reader.ofType("hello")[0].data).streamId;

describe("presence across instances", () => {
  const hubs = [0, 1].map(() => new LiveHub({ connectionString: inject("databaseUrl"), heartbeatMs: 60_000, refreshMs: 500 }));
  beforeAll(() => Promise.all(hubs.map((hub) => hub.start())));
  afterAll(() => Promise.all(hubs.map((hub) => hub.stop())));

  it("shows who has the article open, what they are reviewing, and forgets them when they leave", async () => {
    const [editor, reviewer] = [await createTestUser("editor", { name: "Ed Itor" }), await createTestUser("reviewer", { name: "Riya Sharma" })];
    const article = await newArticle();
    const annotationId = (await newDraft(editor, article.id, "taxes fell")).id;
    const scope = { kind: "article", articleId: article.id } as const;

    const editorTab = new SseReader(eventStreamBody(hubs[0], { viewer: viewerOf(editor), scope, after: null }));
    const reviewerTab = new SseReader(eventStreamBody(hubs[1], { viewer: viewerOf(reviewer), scope, after: null }));
    const deskTab = new SseReader(eventStreamBody(hubs[0], { viewer: viewerOf(editor), scope: { kind: "desk" }, after: null }));
    await editorTab.waitFor(() => latestPresence(editorTab).some((entry) => entry.userId === reviewer.id));
    expect(
      latestPresence(editorTab)
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(["Ed Itor", "Riya Sharma"]);

    // Reviewing is told to the article's readers and to desk-wide screens on any instance.
    const update = await updatePresence(reviewer, { streamId: helloOf(reviewerTab), activity: "reviewing", articleId: article.id, annotationId });
    expect(update.ok).toBe(true);
    await editorTab.waitFor(() => latestPresence(editorTab).some((entry) => entry.activity === "reviewing" && entry.annotationId === annotationId));
    await deskTab.waitFor(() => latestPresence(deskTab).some((entry) => entry.userId === reviewer.id && entry.annotationId === annotationId));

    // Nobody can change someone else's tab.
    expect((await updatePresence(editor, { streamId: helloOf(reviewerTab), activity: "editing", articleId: null, annotationId: null })).ok).toBe(false);

    const leftAt = Date.now();
    await reviewerTab.cancel();
    await editorTab.waitFor(() => !latestPresence(editorTab).some((entry) => entry.userId === reviewer.id));
    expect(Date.now() - leftAt).toBeLessThan(3_000);
    await deskTab.waitFor(() => latestPresence(deskTab).length === 0 || !latestPresence(deskTab).some((entry) => entry.userId === reviewer.id));
    await Promise.all([editorTab.cancel(), deskTab.cancel()]);
  });

  it("drops a stream's presence when its instance stops refreshing it", async () => {
    const editor = await createTestUser("editor");
    const articleId = randomUUID();
    await db().presence.create({ data: { id: randomUUID(), userId: editor.id, articleId, instanceId: "crashed", expiresAt: new Date(Date.now() - 1_000) } });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await db().presence.count({ where: { instanceId: "crashed", articleId } })).toBe(0);
  });

  it("closes the stream of a user deactivated while it is open", async () => {
    const editor = await createTestUser("editor");
    const tab = new SseReader(eventStreamBody(hubs[1], { viewer: viewerOf(editor), scope: { kind: "desk" }, after: null }));
    await tab.waitFor((frames) => frames.some((frame) => frame.event === "hello"));
    await db().user.update({ where: { id: editor.id }, data: { active: false } });
    await tab.done;
    expect(await db().presence.count({ where: { userId: editor.id } })).toBe(0);
  });
});
