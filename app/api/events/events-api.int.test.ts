import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { LiveEvent } from "@/lib/live/live-event";
import type { PresenceEntry } from "@/lib/live/presence";
import { liveHub } from "@/lib/server/live/live-hub-instance";
import { newArticle, newDraft, person, step } from "@/app/api/annotations/review-fixtures.test-helper";
import { callRoute } from "@/test/integration/api-client";
import { SseReader } from "@/test/integration/sse-reader";
import { POST as presenceRoute } from "../presence/route";
import { GET } from "./route";

function open(token: string, query = "", headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/api/events${query}`, { headers: { authorization: `Bearer ${token}`, ...headers } }), { params: Promise.resolve({}) });
}

const changes = (reader: SseReader) => reader.ofType("change").map((frame) => JSON.parse(frame.data) as LiveEvent);

describe("GET /api/events", () => {
  afterAll(() => liveHub().stop());

  it("streams an article's changes, made through the API, with the stream headers", async () => {
    const [author, reviewer] = [await person("editor", "Ana"), await person("reviewer", "Riya")];
    const article = await newArticle();
    const response = await open(reviewer.token, `?articleId=${article.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    const reader = new SseReader(response.body!);
    await reader.waitFor((frames) => frames.some((frame) => frame.event === "hello"));

    const draft = await newDraft(author, article.id, "taxes fell");
    const submitted = await step("submit", author, draft.id, { version: draft.version });
    expect(submitted.status).toBe(200);
    await reader.waitFor(() => changes(reader).some((event) => event.type === "annotation.submitted"));
    expect(changes(reader).map((event) => [event.type, event.entityId, event.actorName])).toEqual([
      ["annotation.created", draft.id, author.name],
      ["annotation.submitted", draft.id, author.name],
    ]);
    await reader.cancel();

    // Resuming after the first change replays only the second.
    const resumed = new SseReader((await open(reviewer.token, `?articleId=${article.id}`, { "last-event-id": changes(reader)[0].position })).body!);
    await resumed.waitFor(() => changes(resumed).length === 1);
    expect(changes(resumed)[0].type).toBe("annotation.submitted");
    await resumed.cancel();
  });

  it("lets a tab say what its person is doing, and no one else's tab", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "taxes fell");
    const authorTab = new SseReader((await open(author.token, `?articleId=${article.id}`)).body!);
    const reviewerTab = new SseReader((await open(reviewer.token)).body!);
    await reviewerTab.waitFor((frames) => frames.some((frame) => frame.event === "hello"));
    const streamId = JSON.parse(reviewerTab.ofType("hello")[0].data).streamId as string;

    const body = { streamId, activity: "reviewing", articleId: article.id, annotationId: draft.id };
    expect((await callRoute(presenceRoute, { method: "POST", token: author.token, body })).status).toBe(404);
    expect((await callRoute(presenceRoute, { method: "POST", token: reviewer.token, body: { ...body, annotationId: null } })).status).toBe(400);
    expect((await callRoute(presenceRoute, { method: "POST", token: reviewer.token, body })).status).toBe(200);
    await authorTab.waitFor((frames) =>
      frames.some((frame) => frame.event === "presence" && (JSON.parse(frame.data) as PresenceEntry[]).some((entry) => entry.userId === reviewer.id && entry.activity === "reviewing")),
    );
    await Promise.all([authorTab.cancel(), reviewerTab.cancel()]);
  });

  it("refuses a missing article, a malformed position and a bad token", async () => {
    const reader = await person("editor");
    expect((await open(reader.token, `?articleId=${randomUUID()}`)).status).toBe(404);
    expect((await open(reader.token, "?after=abc")).status).toBe(400);
    expect((await open("fd_not-a-token")).status).toBe(401);
  });
});
